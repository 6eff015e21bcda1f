package eu.ka122.planner.review.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.accounts.AccountPrincipal;
import eu.ka122.planner.review.CaseFilter;
import eu.ka122.planner.review.CasePage;
import eu.ka122.planner.review.CaseRow;
import eu.ka122.planner.review.ReviewCases;
import eu.ka122.planner.review.Stage;
import eu.ka122.planner.shared.OrganisationType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The agency's submissions: filters, search, sort and pages in the URL, and the same
 * selection exported as CSV or XLSX.
 */
@Controller
class SubmissionsPage {

	static final String PATH = "/agency/submissions";

	private final ReviewCases cases;

	private final SubmissionsExport export;

	private final Clock clock;

	SubmissionsPage(ReviewCases cases, SubmissionsExport export, Clock clock) {
		this.cases = cases;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("form") ListForm form,
			BindingResult errors, Model model) {
		CaseFilter filter = form.toFilter(errors);
		CasePage page = this.cases.list(user, filter);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("links", new Links(filter, page));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("sorts", CaseFilter.Sort.values());
		model.addAttribute("years", this.cases.rounds(user).stream().map((r) -> r[0]).distinct().toList());
		return "review/submissions";
	}

	@GetMapping(PATH + ".csv")
	void csv(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("form") ListForm form,
			BindingResult errors, Locale locale, HttpServletResponse response) throws IOException {
		List<CaseRow> rows = this.cases.export(user, form.toFilter(errors));
		attachment(response, "text/csv;charset=UTF-8", "csv");
		this.export.csv(rows, locale, response.getOutputStream());
	}

	@GetMapping(PATH + ".xlsx")
	void xlsx(@AuthenticationPrincipal AccountPrincipal user, @ModelAttribute("form") ListForm form,
			BindingResult errors, Locale locale, HttpServletResponse response) throws IOException {
		List<CaseRow> rows = this.cases.export(user, form.toFilter(errors));
		attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
		this.export.xlsx(rows, locale, response.getOutputStream());
	}

	private void attachment(HttpServletResponse response, String type, String extension) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("submissions-" + LocalDate.now(this.clock) + "." + extension)
					.build()
					.toString());
	}

	/** The links of the list page: sort headers, pages and exports keep the filter. */
	record Links(CaseFilter filter, CasePage page) {

		public String sort(String sort) {
			return ListForm.url(PATH, this.filter, null, CaseFilter.Sort.valueOf(sort));
		}

		public String page(int number) {
			return ListForm.url(PATH, this.filter, number, null);
		}

		public String csv() {
			return ListForm.url(PATH + ".csv", this.filter, null, null);
		}

		public String xlsx() {
			return ListForm.url(PATH + ".xlsx", this.filter, null, null);
		}

		/** aria-sort of a column header. */
		public String ariaSort(String sort) {
			return this.filter.sort() != CaseFilter.Sort.valueOf(sort) ? "none"
					: (this.filter.descending() ? "descending" : "ascending");
		}

	}

}
