package eu.ka122.planner.drafting.web;

import java.util.Locale;

import eu.ka122.planner.shared.Languages;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.drafting.Applications;
import eu.ka122.planner.drafting.pdf.SubmissionPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The submitted application as a PDF, made from the same frozen snapshot as
 * {@code submission.json}, so a draft or another organisation's application is not found.
 */
@Controller
class SubmissionPdfController {

	private final Applications applications;

	private final SubmissionPdf pdf;

	private final Languages languages;

	SubmissionPdfController(Applications applications, SubmissionPdf pdf, Languages languages) {
		this.applications = applications;
		this.pdf = pdf;
		this.languages = languages;
	}

	@GetMapping(path = "/coordinator/applications/{id}/submission.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> submission(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id,
			Locale locale) {
		SubmissionPdf.Rendered rendered = this.pdf.renderAsWritten(this.applications.snapshot(user, id), this.languages,
				locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rendered.filename()).build().toString())
			.body(rendered.content());
	}

}
