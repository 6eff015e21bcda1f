package eu.ka122.planner.review.web;

import java.util.Locale;

import eu.ka122.planner.shared.Languages;
import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.accounts.Role;
import eu.ka122.planner.drafting.pdf.SubmissionPdf;
import eu.ka122.planner.estimate.EstimateTexts;
import eu.ka122.planner.estimate.EstimateView;
import eu.ka122.planner.review.Assessments;
import eu.ka122.planner.review.ReviewCases;
import eu.ka122.planner.review.ReviewException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One submitted application for the agency: the snapshot as the coordinator sent it, the
 * budget recomputed with the current rates, its PDF, and (for officers) its assessors.
 */
@Controller
class ApplicationReviewPage {

	private final ReviewCases cases;

	private final Assessments assessments;

	private final SubmissionPdf pdf;

	private final EstimateTexts texts;

	private final Languages languages;

	ApplicationReviewPage(ReviewCases cases, Assessments assessments, SubmissionPdf pdf, EstimateTexts texts,
			Languages languages) {
		this.languages = languages;
		this.cases = cases;
		this.assessments = assessments;
		this.pdf = pdf;
		this.texts = texts;
	}

	@GetMapping("/agency/applications/{id}")
	String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model, Locale locale) {
		ReviewCases.CaseDetail detail = this.cases.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("row", detail.row());
		model.addAttribute("snapshot", detail.snapshot());
		if (detail.current() != null) {
			model.addAttribute("current", new EstimateView(detail.current(), this.texts, locale));
		}
		boolean officer = user.hasRole(Role.NA_OFFICER);
		model.addAttribute("officer", officer);
		if (officer) {
			model.addAttribute("assignments", this.assessments.assignments(user, id));
			model.addAttribute("assessors", this.assessments.assessors(user));
		}
		return "review/application";
	}

	@GetMapping(path = "/agency/applications/{id}/submission.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@RequestParam(name = "in", required = false) String in, Locale locale) {
		// In the language the school wrote in, or (?in=mine) in the officer's own.
		String snapshot = this.cases.snapshot(user, id);
		SubmissionPdf.Rendered rendered = "mine".equals(in) ? this.pdf.render(snapshot, locale)
				: this.pdf.renderAsWritten(snapshot, this.languages, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rendered.filename()).build().toString())
			.body(rendered.content());
	}

	@PostMapping("/agency/applications/{id}/assessors")
	String assign(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@RequestParam(name = "assessor", required = false) Long assessor, RedirectAttributes redirect) {
		try {
			// who asks and whose application it is are checked before the choice
			this.assessments.assign(user, id, assessor);
			redirect.addFlashAttribute("doneKey", "review.assign.done");
		}
		catch (ReviewException ex) {
			Refusals.flash(redirect, ex);
		}
		return "redirect:/agency/applications/" + id + "#assessors";
	}

	@PostMapping("/agency/applications/{id}/assessors/{assignmentId}/remove")
	String unassign(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			@PathVariable long assignmentId, RedirectAttributes redirect) {
		try {
			this.assessments.unassign(user, id, assignmentId);
			redirect.addFlashAttribute("doneKey", "review.unassign.done");
		}
		catch (ReviewException ex) {
			Refusals.flash(redirect, ex);
		}
		return "redirect:/agency/applications/" + id + "#assessors";
	}

}
