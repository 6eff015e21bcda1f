package eu.ka122.planner.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public start page, and the switch that sends each signed-in user to their role's
 * home.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String index() {
		return "platform/index";
	}

	@GetMapping("/home")
	String home(Authentication authentication) {
		String role = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.findFirst()
			.orElse("");
		return switch (role) {
			case "ROLE_COORDINATOR" -> "redirect:/coordinator";
			case "ROLE_NA_OFFICER", "ROLE_ASSESSOR" -> "redirect:/agency";
			case "ROLE_ADMIN" -> "redirect:/admin";
			default -> "redirect:/";
		};
	}

}
