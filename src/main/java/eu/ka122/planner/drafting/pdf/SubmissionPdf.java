package eu.ka122.planner.drafting.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import eu.ka122.planner.shared.LocalNumbers;
import eu.ka122.planner.drafting.SnapshotTexts;
import eu.ka122.planner.shared.Languages;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import eu.ka122.planner.budget.domain.BudgetCategory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the frozen snapshot of a submitted application into a PDF laid out like the
 * official form. Labels come from the message bundles in the reader's language; what the
 * coordinator wrote, the budget explanations and the findings stay exactly as they were
 * frozen at submission.
 */
@Component
public class SubmissionPdf {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/**
	 * Liberation Sans ships inside the OpenPDF jar (its own fallback font). Embedded with
	 * Identity-H it shows every Latin, Greek and Cyrillic letter, and ×, – and €, which
	 * the standard Helvetica/WinAnsi cannot all do.
	 */
	static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	private final ObjectReader reader;

	private final byte[] font;

	private final SnapshotTexts texts;

	public SubmissionPdf(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.texts = new SnapshotTexts(messages);
		// Amounts are stored as exact decimals (1050.00); reading them as double would be
		// the first rounding.
		this.reader = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
		this.font = fontBytes();
	}

	/** The PDF of a snapshot as {@code Applications.snapshot(...)} returns it. */
	public Rendered render(String snapshot, Locale locale) {
		return render(this.reader.readTree(snapshot), locale);
	}

	private Rendered render(JsonNode application, Locale locale) {
		// A font per document: OpenPDF does not promise that a TrueType font object is
		// safe to share between threads, so concurrent downloads each parse their own
		// from the bytes read once.
		Form form = new Form(this.messages, this.texts, locale, baseFont());
		String reference = Form.text(application.path("reference"));
		return new Rendered(reference, form.footers(form.body(application), reference));
	}

	/**
	 * The language the application was written in (its context section's language), in
	 * which the PDF is printed unless the reader asks for their own; empty when it is
	 * none of the languages given.
	 */
	public Optional<Locale> writtenIn(String snapshot, Languages languages) {
		return writtenIn(this.reader.readTree(snapshot), languages);
	}

	private static Optional<Locale> writtenIn(JsonNode application, Languages languages) {
		return languages.find(Form.text(application.path("language")));
	}

	/**
	 * The PDF in the application's own language, or in {@code reader}'s when the
	 * application's is not one the app speaks.
	 */
	public Rendered renderAsWritten(String snapshot, Languages languages, Locale reader) {
		JsonNode application = this.reader.readTree(snapshot);
		return render(application, writtenIn(application, languages).orElse(reader));
	}

	private BaseFont baseFont() {
		try {
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					this.font, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] fontBytes() {
		try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException(FONT + " is not on the classpath (it comes with OpenPDF 2.0)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A rendered PDF and the reference it belongs to. */
	public record Rendered(String reference, byte[] content) {

		public String filename() {
			return this.reference + ".pdf";
		}

	}

	/**
	 * One rendering: fonts, formats and the section counter of one document in one
	 * language.
	 */
	private static final class Form {

		private static final Color EU_BLUE = new Color(0x00, 0x33, 0x99);

		private static final Color SHADE = new Color(0xEE, 0xF1, 0xF7);

		private static final Color RULE = new Color(0xB0, 0xB8, 0xC8);

		private static final Color MUTED = new Color(0x55, 0x55, 0x55);

		private static final String[] FOLLOW_UP = { "integration", "evaluation", "dissemination", "visibility" };

		private static final String[] PRIORITIES = { "inclusion", "environment", "digital", "participation" };

		private final MessageSource messages;

		private final SnapshotTexts texts;

		private final Locale locale;

		private final BaseFont base;

		private final Font title;

		private final Font subtitle;

		private final Font referenceValue;

		private final Font heading;

		private final Font subheading;

		private final Font label;

		private final Font value;

		private final Font bold;

		private final Font muted;

		private final Font footer;

		private final DateTimeFormatter date;

		private final DateTimeFormatter dateTime;

		private PdfWriter writer;

		private int section;

		Form(MessageSource messages, SnapshotTexts texts, Locale locale, BaseFont base) {
			this.messages = messages;
			this.texts = texts;
			this.locale = locale;
			this.base = base;
			this.title = new Font(base, 18, Font.BOLD, EU_BLUE);
			this.subtitle = new Font(base, 10, Font.NORMAL, MUTED);
			this.referenceValue = new Font(base, 16, Font.BOLD, Color.BLACK);
			this.heading = new Font(base, 11, Font.BOLD, Color.WHITE);
			this.subheading = new Font(base, 11, Font.BOLD, EU_BLUE);
			this.label = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
			this.value = new Font(base, 10, Font.NORMAL, Color.BLACK);
			this.bold = new Font(base, 10, Font.BOLD, Color.BLACK);
			this.muted = new Font(base, 10, Font.ITALIC, MUTED);
			this.footer = new Font(base, 8, Font.NORMAL, MUTED);
			// Dates as the language writes them: "1 de septiembre de 2027", "1. September
			// 2027".
			Locale formatting = LocalNumbers.formatting(locale);
			this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formatting);
			this.dateTime = new DateTimeFormatterBuilder().append(this.date)
				.appendLiteral(", ")
				.appendPattern("HH:mm")
				.toFormatter(formatting);
		}

		byte[] body(JsonNode application) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Document document = new Document(PageSize.A4, 50, 50, 50, 64);
			this.writer = PdfWriter.getInstance(document, out);
			document.addTitle(msg("pdf.metadata.title", text(application.path("reference"))));
			document.addAuthor(text(application.path("organisation").path("legalName")));
			document.addCreator(msg("app.name"));
			document.open();
			header(document, application);
			submission(document, application);
			organisation(document, application.path("organisation"));
			project(document, application);
			objectives(document, application.path("objectives"));
			activities(document, application);
			budget(document, application.path("budget"), application.path("callYear").asInt());
			findings(document, application.path("findings"));
			followUp(document, application);
			declaration(document, application);
			document.close();
			return out.toByteArray();
		}

		/**
		 * Stamps "reference - page X of Y" on every page, once the number of pages is
		 * known.
		 */
		byte[] footers(byte[] body, String reference) {
			try {
				PdfReader reader = new PdfReader(body);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				PdfStamper stamper = new PdfStamper(reader, out);
				int pages = reader.getNumberOfPages();
				for (int page = 1; page <= pages; page++) {
					Rectangle size = reader.getPageSize(page);
					PdfContentByte canvas = stamper.getOverContent(page);
					canvas.setColorStroke(RULE);
					canvas.setLineWidth(0.5f);
					canvas.moveTo(50, 46);
					canvas.lineTo(size.getWidth() - 50, 46);
					canvas.stroke();
					ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
							phrase(msg("pdf.footer", reference, page, pages), this.footer), size.getWidth() / 2, 32, 0);
				}
				stamper.close();
				reader.close();
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void header(Document document, JsonNode application) {
			Paragraph title = new Paragraph(phrase(msg("pdf.title"), this.title));
			document.add(title);
			Paragraph subtitle = new Paragraph(phrase(msg("pdf.subtitle"), this.subtitle));
			subtitle.setSpacingAfter(10);
			document.add(subtitle);
			PdfPTable box = new PdfPTable(1);
			box.setWidthPercentage(100);
			PdfPCell cell = new PdfPCell();
			cell.setBorderColor(EU_BLUE);
			cell.setBorderWidth(1.5f);
			cell.setPadding(8);
			cell.addElement(new Paragraph(phrase(msg("pdf.reference"), this.label)));
			cell.addElement(new Paragraph(phrase(text(application.path("reference")), this.referenceValue)));
			box.addCell(cell);
			box.setSpacingAfter(6);
			document.add(box);
		}

		private void submission(Document document, JsonNode application) {
			PdfPTable fields = fields();
			row(fields, "pdf.callYear", text(application.path("callYear")));
			row(fields, "pdf.round", text(application.path("round")));
			row(fields, "pdf.nationalAgency", text(application.path("nationalAgency")));
			row(fields, "pdf.submittedAt", msg("pdf.submittedAt.value", submittedAt(application)));
			section(document, "pdf.section.submission", fields);
		}

		private void organisation(Document document, JsonNode organisation) {
			PdfPTable fields = fields();
			row(fields, "pdf.organisation.legalName", text(organisation.path("legalName")));
			row(fields, "pdf.organisation.oid", text(organisation.path("oid")));
			row(fields, "pdf.organisation.country", country(text(organisation.path("country"))));
			String type = text(organisation.path("type"));
			row(fields, "pdf.organisation.type", type.isEmpty() ? "" : label("organisationType." + type, type));
			section(document, "pdf.section.organisation", fields);
		}

		private void project(Document document, JsonNode application) {
			PdfPTable fields = fields();
			row(fields, "pdf.project.title", text(application.path("title")));
			row(fields, "pdf.project.start", date(text(application.path("projectStart"))));
			JsonNode duration = application.path("durationMonths");
			row(fields, "pdf.project.duration",
					duration.isNumber() ? msg("pdf.project.duration.value", duration.asInt()) : "");
			row(fields, "pdf.project.language", language(text(application.path("language"))));
			section(document, "pdf.section.project", fields);
			section(document, "pdf.section.background", null);
			document.add(prose(text(application.path("background"))));
		}

		private void objectives(Document document, JsonNode objectives) {
			if (objectives.isEmpty()) {
				section(document, "pdf.section.objectives", null);
				document.add(new Paragraph(phrase(msg("pdf.objectives.none"), this.muted)));
				return;
			}
			PdfPTable fields = fields();
			int number = 1;
			for (JsonNode objective : objectives.values()) {
				field(fields, msg("pdf.objective", number++), text(objective));
			}
			section(document, "pdf.section.objectives", fields);
		}

		private void activities(Document document, JsonNode application) {
			JsonNode activities = application.path("activities");
			if (activities.isEmpty()) {
				section(document, "pdf.section.activities", null);
				document.add(new Paragraph(phrase(msg("pdf.activities.none"), this.muted)));
				return;
			}
			List<JsonNode> budgets = new ArrayList<>(application.path("budget").path("activities").values());
			int index = 0;
			for (JsonNode row : activities.values()) {
				int number = index + 1;
				PdfPTable fields = activityFields(number, row.path("activity"), row);
				if (number == 1) {
					section(document, "pdf.section.activities", fields);
				}
				else {
					fields.setSpacingBefore(12);
					document.add(fields);
				}
				document.add(activityBudget(number, budgetOf(budgets, index)));
				index++;
			}
		}

		private PdfPTable activityFields(int number, JsonNode activity, JsonNode row) {
			PdfPTable fields = fields();
			String type = text(activity.path("type"));
			// The title is the table's first row, so that it moves to the next page with
			// the table.
			PdfPCell title = cell(msg("pdf.activity.heading", number, label("activityType." + type, type)),
					this.subheading, null);
			title.setColspan(2);
			title.setBorder(Rectangle.NO_BORDER);
			title.setPaddingLeft(0);
			fields.addCell(title);
			row(fields, "pdf.activity.type", label("activityType." + type, type));
			String city = text(activity.path("destinationCity"));
			String country = country(text(activity.path("destinationCountry")));
			row(fields, "pdf.activity.destination",
					city.isEmpty() ? country : msg("pdf.activity.destination.cityCountry", city, country));
			optional(fields, "pdf.activity.origin", text(row.path("originCity")));
			optional(fields, "pdf.activity.hostingOrganisation", text(activity.path("hostingOrganisation")));
			optional(fields, "pdf.activity.courseTitle", text(activity.path("courseTitle")));
			String prepares = text(activity.path("preparesActivityType"));
			optional(fields, "pdf.activity.prepares",
					prepares.isEmpty() ? "" : label("activityType." + prepares, prepares));
			row(fields, "pdf.activity.participants",
					msg("pdf.activity.participants.value", activity.path("participants").asInt(),
							activity.path("participantsWithFewerOpportunities").asInt()));
			int accompanying = activity.path("accompanyingPersons").asInt();
			if (accompanying > 0) {
				row(fields, "pdf.activity.accompanyingPersons", String.valueOf(accompanying));
			}
			row(fields, "pdf.activity.durationDays", text(activity.path("durationDays")));
			row(fields, "pdf.activity.travelDays", text(activity.path("travelDays")));
			row(fields, "pdf.activity.distance", msg("pdf.activity.distance.value",
					LocalNumbers.format(decimal(activity.path("distanceKm")), this.locale, 0, 2)));
			row(fields, "pdf.activity.greenTravel", yesNo(activity.path("greenTravel").asBoolean()));
			int linguistic = activity.path("linguisticSupportParticipants").asInt();
			if (linguistic > 0) {
				row(fields, "pdf.activity.linguisticSupport", String.valueOf(linguistic));
			}
			optional(fields, "pdf.activity.shortDurationJustification",
					text(activity.path("shortDurationJustification")));
			realCost(fields, "pdf.activity.expensiveTravelCosts", activity.path("expensiveTravelCosts"));
			realCost(fields, "pdf.activity.visaAndMedicalCosts", activity.path("visaAndMedicalCosts"));
			realCost(fields, "pdf.activity.inclusionSupportCosts", activity.path("inclusionSupportCosts"));
			List<String> served = new ArrayList<>();
			for (JsonNode position : row.path("objectives").values()) {
				served.add(msg("pdf.activity.objectives.value", position.asInt() + 1));
			}
			row(fields, "pdf.activity.objectives",
					served.isEmpty() ? msg("pdf.activity.objectives.none") : String.join(", ", served));
			return fields;
		}

		/**
		 * The budget of the activity at this index: the snapshot lists both in plan
		 * order, each budget with its index.
		 */
		private static JsonNode budgetOf(List<JsonNode> budgets, int index) {
			return budgets.stream()
				.filter((b) -> b.path("index").asInt(-1) == index)
				.findFirst()
				.orElse(MissingNode.getInstance());
		}

		private PdfPTable activityBudget(int number, JsonNode budget) {
			PdfPTable table = table(new float[] { 30, 52, 18 });
			PdfPCell caption = cell(msg("pdf.activity.budget", number), this.bold, SHADE);
			caption.setColspan(3);
			table.addCell(caption);
			table.addCell(cell(msg("pdf.budget.category"), this.label, SHADE));
			table.addCell(cell(msg("pdf.budget.explanation"), this.label, SHADE));
			table.addCell(amountCell(msg("pdf.budget.amount"), this.label, SHADE));
			table.setHeaderRows(2);
			JsonNode lines = budget.path("lines");
			if (lines.isEmpty()) {
				PdfPCell none = cell(msg("pdf.activity.noLines"), this.muted, null);
				none.setColspan(3);
				table.addCell(none);
				return table;
			}
			for (JsonNode line : lines.values()) {
				table.addCell(cell(category(text(line.path("category"))), this.value, null));
				table.addCell(cell(localised(line, "explanation"), this.value, null));
				table.addCell(amountCell(amount(line.path("amount")), this.value, null));
			}
			PdfPCell total = cell(msg("pdf.budget.activityTotal"), this.bold, null);
			total.setColspan(2);
			table.addCell(total);
			table.addCell(amountCell(amount(budget.path("total")), this.bold, null));
			return table;
		}

		private void budget(Document document, JsonNode budget, int callYear) {
			PdfPTable table = table(new float[] { 70, 30 });
			table.addCell(cell(msg("pdf.budget.category"), this.label, SHADE));
			table.addCell(amountCell(msg("pdf.budget.amount"), this.label, SHADE));
			table.setHeaderRows(1);
			// jsonb keeps object keys in its own order, not the Guide's: list the
			// categories in enum order.
			JsonNode totals = budget.path("totals");
			List<String> categories = new ArrayList<>();
			for (BudgetCategory category : BudgetCategory.values()) {
				categories.add(category.name());
			}
			totals.propertyNames().stream().filter((name) -> !categories.contains(name)).forEach(categories::add);
			for (String category : categories) {
				table.addCell(cell(category(category), this.value, null));
				table.addCell(amountCell(amount(totals.path(category)), this.value, null));
			}
			Font emphasis = new Font(this.base, 11, Font.BOLD, Color.BLACK);
			table.addCell(cell(msg("pdf.budget.total"), emphasis, SHADE));
			table.addCell(amountCell(msg("pdf.money", amount(budget.path("total"))), emphasis, SHADE));
			section(document, "pdf.section.budget", table);
			for (JsonNode line : budget.path("applicationLines")) {
				note(document, msg("pdf.budget.applicationLine", category(text(line.path("category"))),
						localised(line, "explanation"), amount(line.path("amount"))), this.value);
			}
			note(document, msg("pdf.budget.rateTable", callYear, text(budget.path("rateTableVersion"))), this.value);
			if (budget.path("provisionalRates").asBoolean()) {
				note(document, msg("pdf.budget.provisional"), this.bold);
			}
			if (decimal(budget.path("courseShare")).signum() > 0) {
				note(document, msg("pdf.budget.courseShare", amount(budget.path("courseShare")),
						amount(budget.path("courseShareLimit"))), this.value);
			}
		}

		private void findings(Document document, JsonNode findings) {
			if (findings.isEmpty()) {
				section(document, "pdf.section.findings", null);
				document.add(new Paragraph(phrase(msg("pdf.findings.none"), this.value)));
				return;
			}
			PdfPTable table = table(new float[] { 24, 14, 62 });
			table.addCell(cell(msg("pdf.findings.rule"), this.label, SHADE));
			table.addCell(cell(msg("pdf.findings.severity"), this.label, SHADE));
			table.addCell(cell(msg("pdf.findings.message"), this.label, SHADE));
			table.setHeaderRows(1);
			for (JsonNode finding : findings.values()) {
				String severity = text(finding.path("severity"));
				int activity = finding.path("activityIndex").asInt(-1);
				String message = localised(finding, "message");
				table.addCell(cell(text(finding.path("rule")), this.value, null));
				table.addCell(cell(label("pdf.severity." + severity, severity), this.value, null));
				table.addCell(cell(activity < 0 ? message : msg("pdf.findings.activity", activity + 1, message),
						this.value, null));
			}
			section(document, "pdf.section.findings", table);
		}

		private void followUp(Document document, JsonNode application) {
			section(document, "pdf.section.followUp", null);
			JsonNode followUp = application.path("followUp");
			for (String question : FOLLOW_UP) {
				question(document, msg("drafting.followUp." + question), text(followUp.path(question)));
			}
			question(document, msg("drafting.followUp.etwinning"), text(application.path("etwinning")));
			Paragraph priorities = new Paragraph(phrase(msg("pdf.priorities"), this.bold));
			priorities.setSpacingBefore(8);
			priorities.setSpacingAfter(3);
			document.add(priorities);
			PdfPTable fields = fields();
			for (String priority : PRIORITIES) {
				field(fields, msg("drafting.priority." + priority),
						yesNo(application.path("priorities").path(priority).asBoolean()));
			}
			document.add(fields);
		}

		private void declaration(Document document, JsonNode application) {
			String representative = text(application.path("legalRepresentative"));
			PdfPTable fields = fields();
			row(fields, "pdf.legalRepresentative", representative);
			section(document, "pdf.section.declaration", fields);
			// The text the representative accepted, as frozen in the snapshot; older
			// snapshots lack it.
			String accepted = text(application.path("declaration").path("text"));
			question(document, msg("pdf.declaration"),
					accepted.isBlank() ? msg("drafting.check.declarationText") : accepted);
			note(document, msg("pdf.declaration.accepted", representative, submittedAt(application)), this.bold);
		}

		// ------------------------------------------------------------------ building
		// blocks

		/**
		 * A numbered section heading and the table that opens the section (or null): the
		 * heading never ends a page, and moves to the next page with the table when the
		 * table fits on one page but not on this one.
		 */
		private void section(Document document, String key, PdfPTable first) {
			float room = 100;
			if (first != null) {
				first.setTotalWidth(document.right() - document.left());
				float needed = first.getTotalHeight() + 40;
				if (needed <= document.top() - document.bottom()) {
					room = Math.max(room, needed);
				}
			}
			keepRoom(document, room);
			PdfPTable band = new PdfPTable(1);
			band.setWidthPercentage(100);
			band.setSpacingBefore(14);
			band.setSpacingAfter(6);
			PdfPCell cell = cell(msg("pdf.section", ++this.section, msg(key)), this.heading, EU_BLUE);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingBottom(6);
			band.addCell(cell);
			document.add(band);
			if (first != null) {
				document.add(first);
			}
		}

		private void question(Document document, String question, String answer) {
			keepRoom(document, 50);
			Paragraph asked = new Paragraph(phrase(question, this.bold));
			asked.setSpacingBefore(6);
			asked.setSpacingAfter(2);
			document.add(asked);
			document.add(prose(answer));
		}

		/** A heading or question never ends a page: it goes with what follows. */
		private void keepRoom(Document document, float points) {
			if (this.writer.getVerticalPosition(true) - document.bottom() < points) {
				document.newPage();
			}
		}

		private Paragraph prose(String text) {
			Paragraph paragraph = text.isBlank() ? new Paragraph(phrase(msg("pdf.notAnswered"), this.muted))
					: new Paragraph(phrase(text, this.value));
			paragraph.setLeading(14);
			return paragraph;
		}

		private void note(Document document, String text, Font font) {
			Paragraph note = new Paragraph(phrase(text, font));
			note.setSpacingBefore(4);
			document.add(note);
		}

		private PdfPTable fields() {
			return table(new float[] { 34, 66 });
		}

		private PdfPTable table(float[] widths) {
			PdfPTable table = new PdfPTable(widths);
			table.setWidthPercentage(100);
			// A table that fits on a page starts on a new one rather than splitting; a
			// longer one splits row by
			// row, long answers included, instead of leaving a page half empty.
			table.setKeepTogether(true);
			table.setSplitLate(false);
			return table;
		}

		private void row(PdfPTable fields, String labelKey, String text) {
			field(fields, msg(labelKey), text);
		}

		private void field(PdfPTable fields, String label, String text) {
			fields.addCell(cell(label, this.label, SHADE));
			fields.addCell(
					text.isBlank() ? cell(msg("pdf.notAnswered"), this.muted, null) : cell(text, this.value, null));
		}

		private void optional(PdfPTable fields, String labelKey, String text) {
			if (!text.isBlank()) {
				row(fields, labelKey, text);
			}
		}

		private void realCost(PdfPTable fields, String labelKey, JsonNode amount) {
			if (decimal(amount).signum() > 0) {
				row(fields, labelKey, msg("pdf.money", amount(amount)));
			}
		}

		private PdfPCell cell(String text, Font font, Color background) {
			PdfPCell cell = new PdfPCell(phrase(text, font));
			cell.setBorderColor(RULE);
			cell.setBorderWidth(0.5f);
			cell.setPadding(4);
			cell.setPaddingBottom(5);
			if (background != null) {
				cell.setBackgroundColor(background);
			}
			return cell;
		}

		private PdfPCell amountCell(String text, Font font, Color background) {
			PdfPCell cell = cell(text, font, background);
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			return cell;
		}

		/**
		 * Text in the document's font; a character the font has no glyph for becomes "?"
		 * rather than vanishing.
		 */
		private Phrase phrase(String text, Font font) {
			StringBuilder printable = new StringBuilder(text.length());
			text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach((c) -> {
				if (c == '\n' || c == ' ' || this.base.charExists(c)) {
					printable.appendCodePoint(c);
				}
				else {
					printable.append('?');
				}
			});
			return new Phrase(printable.toString(), font);
		}

		// ------------------------------------------------------------------ texts and
		// formats

		private String msg(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

		/**
		 * A name for a code (activity type, severity...); an unknown code shows as
		 * itself.
		 */
		private String label(String key, String code) {
			String text = this.messages.getMessage(key, null, code, this.locale);
			return (text != null) ? text : code;
		}

		private String category(String category) {
			return label("budget.category." + category, category);
		}

		private String yesNo(boolean value) {
			return msg(value ? "pdf.yes" : "pdf.no");
		}

		private String amount(JsonNode node) {
			return LocalNumbers.format(decimal(node), this.locale, 2, 2);
		}

		private static BigDecimal decimal(JsonNode node) {
			return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
		}

		private String date(String iso) {
			try {
				return iso.isEmpty() ? "" : LocalDate.parse(iso).format(this.date);
			}
			catch (DateTimeParseException ex) {
				// The snapshot writes a missing date as "null".
				return "";
			}
		}

		private String submittedAt(JsonNode application) {
			String instant = text(application.path("submittedAt"));
			return instant.isEmpty() ? "" : Instant.parse(instant).atZone(BRUSSELS).format(this.dateTime);
		}

		private String country(String code) {
			if (code.isBlank()) {
				return "";
			}
			// The Commission writes Greece EL; the JDK knows it as GR.
			String iso = "EL".equals(code) ? "GR" : code;
			String name = new Locale("", iso).getDisplayCountry(this.locale);
			return (name.isBlank() || name.equals(iso)) ? code : name;
		}

		private String language(String code) {
			if (code.isBlank()) {
				return "";
			}
			String name = Locale.forLanguageTag(code).getDisplayLanguage(this.locale);
			return (name.isBlank() || name.equals(code)) ? code : name;
		}

		/**
		 * A finding's or explanation's text in the document's language (see
		 * SnapshotTexts).
		 */
		private String localised(JsonNode entry, String field) {
			Map<String, Object> plain = new LinkedHashMap<>();
			plain.put(field, text(entry.path(field)));
			if (entry.path("key").isString() && entry.path("args").isArray()) {
				plain.put("key", entry.path("key").asString());
				List<Object> args = new ArrayList<>();
				for (JsonNode arg : entry.path("args")) {
					args.add(arg.isNumber() ? arg.numberValue() : arg.isBoolean() ? arg.booleanValue() : text(arg));
				}
				plain.put("args", args);
			}
			return this.texts.text(plain, field, this.locale);
		}

		static String text(JsonNode node) {
			return (node == null || node.isMissingNode() || node.isNull()) ? "" : node.asString();
		}

	}

}
