package eu.ka122.planner.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import eu.ka122.planner.shared.LocalNumbers;
import java.math.BigDecimal;
import java.util.Locale;

import eu.ka122.planner.review.CaseFilter;
import eu.ka122.planner.review.Stage;
import eu.ka122.planner.shared.OrganisationType;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The submissions list's query parameters exactly as typed: a value that makes no sense
 * is reported on the page and left out of the filter, never a failure.
 */
public class ListForm {

	private String year;

	private String round;

	private String stage;

	private String min;

	private String max;

	private String type;

	private String errors;

	private String q;

	private String sort;

	private String dir;

	private String page;

	/** The filter, with a field error for each part that is not understood. */
	CaseFilter toFilter(Errors problems) {
		Integer callYear = integer("year", this.year, 2021, 2100, problems);
		Integer callRound = integer("round", this.round, 1, 2, problems);
		Stage chosenStage = enumValue("stage", Stage.class, this.stage, problems);
		BigDecimal minScore = score("min", this.min, problems);
		BigDecimal maxScore = score("max", this.max, problems);
		if (minScore != null && maxScore != null && minScore.compareTo(maxScore) > 0) {
			problems.rejectValue("max", "review.list.error.range");
			maxScore = null;
		}
		OrganisationType organisationType = enumValue("type", OrganisationType.class, this.type, problems);
		Boolean withErrors = switch (blank(this.errors) ? "" : this.errors) {
			case "" -> null;
			case "yes" -> true;
			case "no" -> false;
			default -> {
				problems.rejectValue("errors", "review.list.error.choice");
				yield null;
			}
		};
		if (this.q != null && this.q.length() > 200) {
			problems.rejectValue("q", "review.list.error.query");
			this.q = this.q.substring(0, 200);
		}
		CaseFilter.Sort sortBy = enumValue("sort", CaseFilter.Sort.class, this.sort, problems);
		Integer pageNumber = integer("page", this.page, 1, Integer.MAX_VALUE, problems);
		boolean descending = sortBy == null ? !"asc".equals(this.dir) : "desc".equals(this.dir);
		return new CaseFilter(callYear, callRound, chosenStage, minScore, maxScore, organisationType, withErrors,
				this.q, sortBy, descending, pageNumber == null ? 1 : pageNumber);
	}

	/** The list's URL with the given filter, another page, or another sort. */
	static String url(String path, CaseFilter f, Integer page, CaseFilter.Sort sort) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		add(b, "year", f.callYear());
		add(b, "round", f.round());
		add(b, "stage", f.stage());
		add(b, "min", f.minScore());
		add(b, "max", f.maxScore());
		add(b, "type", f.organisationType());
		add(b, "errors", f.errors() == null ? null : (f.errors() ? "yes" : "no"));
		add(b, "q", f.query());
		CaseFilter.Sort by = sort != null ? sort : f.sort();
		boolean descending;
		if (sort == null) {
			descending = f.descending();
		}
		else if (sort == f.sort()) {
			descending = !f.descending();
		}
		else {
			// Numbers and dates first show the largest, names and references A to Z.
			descending = sort == CaseFilter.Sort.SCORE || sort == CaseFilter.Sort.SUBMITTED
					|| sort == CaseFilter.Sort.REQUESTED || sort == CaseFilter.Sort.PARTICIPANTS;
		}
		add(b, "sort", by);
		add(b, "dir", descending ? "desc" : "asc");
		if (page != null && page > 1) {
			add(b, "page", page);
		}
		return b.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder b, String name, Object value) {
		if (value != null) {
			b.queryParam(name, value.toString());
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Integer integer(String field, String value, int min, int max, Errors problems) {
		if (blank(value)) {
			return null;
		}
		try {
			int n = LocalNumbers.parseInt(value, LocaleContextHolder.getLocale());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		problems.rejectValue(field, "review.list.error." + field);
		return null;
	}

	private static BigDecimal score(String field, String value, Errors problems) {
		if (blank(value)) {
			return null;
		}
		try {
			BigDecimal n = LocalNumbers.parse(value, LocaleContextHolder.getLocale()).orElseThrow();
			if (n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0) {
				return n;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		problems.rejectValue(field, "review.list.error.score");
		return null;
	}

	private static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value, Errors problems) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.rejectValue(field, "review.list.error.choice");
			return null;
		}
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getRound() {
		return this.round;
	}

	public void setRound(String round) {
		this.round = round;
	}

	public String getStage() {
		return this.stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getMin() {
		return this.min;
	}

	public void setMin(String min) {
		this.min = min;
	}

	public String getMax() {
		return this.max;
	}

	public void setMax(String max) {
		this.max = max;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getErrors() {
		return this.errors;
	}

	public void setErrors(String errors) {
		this.errors = errors;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getDir() {
		return this.dir;
	}

	public void setDir(String dir) {
		this.dir = dir;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
