package eu.ka122.planner.accounts.web;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agency and administrator home pages (the coordinator's is the drafting dashboard).
 */
@Controller
class RoleHomes {

	private final Accounts accounts;

	RoleHomes(Accounts accounts) {
		this.accounts = accounts;
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
