package eu.ka122.planner.accounts.web;

import java.util.Locale;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Accounts;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.accounts.UserAdministration;
import eu.ka122.planner.accounts.UserAdministration.NewUser;
import eu.ka122.planner.accounts.UserAdministrationException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' user screens: search, invite, change role and scope, disable, enable,
 * reset password.
 */
@Controller
class UserAdminPages {

	private final UserAdministration users;

	private final Accounts accounts;

	UserAdminPages(UserAdministration users, Accounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("result", this.users.search(query, page));
		return "accounts/admin-users";
	}

	@GetMapping("/admin/users/new")
	String inviteForm(Model model) {
		model.addAttribute("form", new UserForm());
		return invitePage(model);
	}

	@PostMapping("/admin/users")
	String invite(@AuthenticationPrincipal AccountPrincipal admin, UserForm form, Model model) {
		try {
			var link = this.users.invite(admin, new NewUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
					form.role(), form.getOrganisationOid(), form.getAgencyCode()));
			model.addAttribute("link", link);
			model.addAttribute("purpose", "invite");
			return "accounts/admin-user-link";
		}
		catch (UserAdministrationException ex) {
			model.addAttribute("form", form);
			model.addAttribute("problem", ex);
			return invitePage(model);
		}
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		var user = this.users.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("user", user);
		if (!model.containsAttribute("form")) {
			UserForm form = new UserForm();
			form.setRole(user.role().name());
			form.setOrganisationOid(user.organisationOid());
			form.setAgencyCode(user.agencyCode());
			form.setVersion(user.version());
			model.addAttribute("form", form);
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.accounts.agencies());
		return "accounts/admin-user";
	}

	@PostMapping("/admin/users/{id}")
	String change(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, UserForm form, Model model,
			RedirectAttributes redirect) {
		try {
			this.users.change(admin, id, form.getVersion(), form.role(), form.getOrganisationOid(),
					form.getAgencyCode());
		}
		catch (UserAdministrationException ex) {
			model.addAttribute("form", form);
			model.addAttribute("problem", ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("done", "admin.users.done.changed");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
			RedirectAttributes redirect) {
		return enabled(admin, id, false, redirect);
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
		return enabled(admin, id, true, redirect);
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String reset(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("link", this.users.resetPassword(admin, id));
			model.addAttribute("purpose", "reset");
			return "accounts/admin-user-link";
		}
		catch (UserAdministrationException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
			return "redirect:/admin/users/" + id;
		}
	}

	private String enabled(AccountPrincipal admin, long id, boolean enabled, RedirectAttributes redirect) {
		try {
			this.users.setEnabled(admin, id, enabled);
			redirect.addFlashAttribute("done", enabled ? "admin.users.done.enabled" : "admin.users.done.disabled");
		}
		catch (UserAdministrationException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String invitePage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.accounts.agencies());
		return "accounts/admin-user-new";
	}

	/** The invite and change forms; text fields stay as typed. */
	public static class UserForm {

		private String username;

		private String displayName;

		private String email;

		private String role;

		private String organisationOid;

		private String agencyCode;

		private long version;

		Role role() {
			try {
				return this.role == null ? null : Role.valueOf(this.role.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getOrganisationOid() {
			return this.organisationOid;
		}

		public void setOrganisationOid(String organisationOid) {
			this.organisationOid = organisationOid;
		}

		public String getAgencyCode() {
			return this.agencyCode;
		}

		public void setAgencyCode(String agencyCode) {
			this.agencyCode = agencyCode;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
