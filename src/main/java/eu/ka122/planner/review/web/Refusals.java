package eu.ka122.planner.review.web;

import eu.ka122.planner.review.ReviewException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused review action, carried to the next page as a message key and its arguments.
 */
final class Refusals {

	private Refusals() {
	}

	static void flash(RedirectAttributes redirect, ReviewException ex) {
		redirect.addFlashAttribute("refusedKey", ex.messageKey());
		redirect.addFlashAttribute("refusedArgs", ex.args());
	}

}
