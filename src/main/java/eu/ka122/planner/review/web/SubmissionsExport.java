package eu.ka122.planner.review.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import eu.ka122.planner.review.CaseRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The submissions list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * accents right) or XLSX (streamed, so a long list never sits in memory). Numbers stay
 * numbers in XLSX; in CSV a text cell that a spreadsheet would run as a formula is
 * prefixed with an apostrophe.
 */
@Component
class SubmissionsExport {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> COLUMNS = List.of("reference", "organisation", "oid", "organisationType",
			"callYear", "round", "requested", "participants", "fewerOpportunities", "stage", "assessors", "score",
			"relevance", "design", "followUp", "fundable", "errors", "warnings", "submitted", "awarded");

	private final MessageSource messages;

	SubmissionsExport(MessageSource messages) {
		this.messages = messages;
	}

	void csv(List<CaseRow> rows, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(headers(locale));
			for (CaseRow row : rows) {
				printer.printRecord(values(row, locale).stream().map(SubmissionsExport::csvCell).toList());
			}
		}
	}

	void xlsx(List<CaseRow> rows, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("review.export.sheet", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			List<String> headers = headers(locale);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (CaseRow row : rows) {
				Row line = sheet.createRow(r++);
				List<Object> values = values(row, locale);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					Cell cell = line.createCell(i);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Integer number) {
						cell.setCellValue(number);
					}
					else if (value != null) {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map((c) -> this.messages.getMessage("review.export." + c, null, locale)).toList();
	}

	private List<Object> values(CaseRow row, Locale locale) {
		return java.util.Arrays.asList(row.reference(), row.organisationName(), row.organisationOid(),
				this.messages.getMessage("organisationType." + row.organisationType(), null, row.organisationType(),
						locale),
				row.callYear(), row.round(), row.requestedTotal(), row.participants(), row.fewerOpportunities(),
				this.messages.getMessage(row.stage().messageKey(), null, locale), row.assessors(), row.scoreTotal(),
				row.scoreRelevance(), row.scoreDesign(), row.scoreFollowUp(),
				row.fundable() == null ? null
						: this.messages.getMessage(row.fundable() ? "review.yes" : "review.no", null, locale),
				row.errorCount(), row.warningCount(), TIME.format(row.submittedAt().atZone(BRUSSELS)),
				row.awardedTotal());
	}

	/**
	 * Text that a spreadsheet would evaluate (=, +, -, @, tab, return) is kept as text.
	 */
	static Object csvCell(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

}
