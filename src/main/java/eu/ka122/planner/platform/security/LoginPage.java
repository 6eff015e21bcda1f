package eu.ka122.planner.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPage {

	static final String LAST_USERNAME = "ka122.login.lastUsername";

	@GetMapping("/login")
	String login(HttpSession session, Model model, Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("username", session.getAttribute(LAST_USERNAME));
		model.addAttribute("waitMinutes", session.getAttribute(LoginThrottleFilter.WAIT_MINUTES));
		session.removeAttribute(LoginThrottleFilter.WAIT_MINUTES);
		return "platform/login";
	}

}
