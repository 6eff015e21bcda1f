package eu.ka122.planner.accounts.web;

import eu.ka122.planner.accounts.UserAdministration;
import eu.ka122.planner.accounts.UserAdministrationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an invited user, or one whose password was reset, sets a password once. */
@Controller
class PasswordPage {

	private final UserAdministration users;

	PasswordPage(UserAdministration users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String show(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("username", this.users.linkUser(token).orElse(null));
		model.addAttribute("minLength", UserAdministration.MIN_PASSWORD_LENGTH);
		model.addAttribute("maxLength", UserAdministration.MAX_PASSWORD_LENGTH);
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String set(@RequestParam(name = "token", required = false) String token,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "confirmation", required = false) String confirmation, Model model) {
		try {
			this.users.setPassword(token, password, confirmation);
			return "redirect:/login?passwordSet";
		}
		catch (UserAdministrationException ex) {
			model.addAttribute("problem", ex);
			return show(token, model);
		}
	}

}
