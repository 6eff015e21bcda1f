package eu.ka122.planner.drafting.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.drafting.DraftingException;
import eu.ka122.planner.drafting.OpenRound;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's home: the organisation's applications and the rounds open for a new
 * one.
 */
@Controller
class DashboardPage {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final Applications applications;

	private final java.time.Clock clock;

	DashboardPage(Applications applications, java.time.Clock clock) {
		this.applications = applications;
		this.clock = clock;
	}

	@GetMapping("/coordinator")
	String dashboard(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("organisation", this.applications.organisation(user));
		var applications = this.applications.dashboard(user);
		model.addAttribute("applications", applications);
		model.addAttribute("outcomes", this.applications.outcomes(applications));
		List<RoundView> rounds = this.applications.openRounds(user).stream().map(this::view).toList();
		model.addAttribute("rounds", rounds);
		return "drafting/dashboard";
	}

	@PostMapping("/coordinator/applications")
	String create(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "call", required = false) String call, RedirectAttributes redirect) {
		String[] parts = (call == null) ? new String[0] : call.split("-");
		try {
			long id = this.applications.create(user, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
			return "redirect:/coordinator/applications/" + id;
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException | DraftingException ex) {
			redirect.addFlashAttribute("refusedKey", "drafting.error.chooseRound");
			return "redirect:/coordinator";
		}
	}

	private RoundView view(OpenRound round) {
		Duration left = Duration.between(this.clock.instant(), round.deadline());
		return new RoundView(round.callYear(), round.round(), round.deadline().atZone(BRUSSELS),
				left.toDays() < 7 ? left : null);
	}

	/**
	 * An open round with its deadline in Brussels time, and the time left when under
	 * seven days.
	 */
	record RoundView(int callYear, int round, ZonedDateTime deadline, Duration countdown) {

		public String value() {
			return this.callYear + "-" + this.round;
		}

		public long countdownDays() {
			return this.countdown.toDays();
		}

		public long countdownHours() {
			return this.countdown.toHoursPart();
		}

	}

}
