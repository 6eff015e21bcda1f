package eu.ka122.planner.accounts.web;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: who you are, what you act for, and where to go next. */
@Controller
class RoleHomes {

	private final Accounts accounts;

	RoleHomes(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/coordinator")
	String coordinator(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("organisation", this.accounts.organisation(user.organisationId()).orElseThrow());
		return "accounts/coordinator-home";
	}

	@GetMapping("/agency")
	String agency(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("agency", this.accounts.agency(user.agencyCode()).orElseThrow());
		return "accounts/agency-home";
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("agencies", this.accounts.agencies());
		return "accounts/admin-home";
	}

}
