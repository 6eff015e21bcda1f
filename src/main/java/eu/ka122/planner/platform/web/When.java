package eu.ka122.planner.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import eu.ka122.planner.shared.LocalNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the reader's language writes them, for the templates
 * ({@code ${@when.day(date)}}): deadlines and submission times in Brussels time, which
 * the texts around them name; moments of the audit trail and the administration in the
 * reader's own time zone (the browser's, see {@code LanguageResolver}), with the zone
 * shown.
 */
@Component("when")
public class When {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** A day: "1 September 2027", "1. September 2027", "1 września 2027". */
	public String day(LocalDate date) {
		return (date == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	/**
	 * A day stored as ISO text ({@code 2027-09-01}), as {@link #day(LocalDate)} writes
	 * it.
	 */
	public String isoDay(String iso) {
		if (iso == null || iso.isBlank()) {
			return "";
		}
		try {
			return day(LocalDate.parse(iso));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return iso;
		}
	}

	/** A moment in Brussels time, without the zone (the text names it). */
	public String inBrussels(TemporalAccessor moment) {
		ZonedDateTime brussels = zoned(moment, BRUSSELS);
		return (brussels == null) ? "" : day(brussels.toLocalDate()) + ", " + time(brussels, "HH:mm");
	}

	/** A moment in Brussels time, short, for tables: "19 Feb 2027, 12:00". */
	public String inBrusselsShort(TemporalAccessor moment) {
		ZonedDateTime brussels = zoned(moment, BRUSSELS);
		return (brussels == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(brussels) + ", "
						+ time(brussels, "HH:mm");
	}

	/** A moment in the reader's time zone, with the zone: "8 Dec 2026, 05:10:11 CET". */
	public String local(TemporalAccessor moment) {
		ZonedDateTime local = zoned(moment, readersZone());
		return (local == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(local) + ", "
						+ time(local, "HH:mm:ss zzz");
	}

	/** A time of day in Brussels time: "14:05:09". */
	public String timeInBrussels(TemporalAccessor moment) {
		ZonedDateTime brussels = zoned(moment, BRUSSELS);
		return (brussels == null) ? "" : time(brussels, "HH:mm:ss");
	}

	private static String time(ZonedDateTime moment, String pattern) {
		return DateTimeFormatter.ofPattern(pattern, locale()).format(moment);
	}

	private static ZonedDateTime zoned(TemporalAccessor moment, ZoneId zone) {
		if (moment == null) {
			return null;
		}
		if (moment instanceof Instant instant) {
			return instant.atZone(zone);
		}
		if (moment instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(zone);
		}
		if (moment instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(zone);
		}
		if (moment instanceof LocalDateTime local) {
			// the app keeps local date-times of deadlines in Brussels time
			return local.atZone(BRUSSELS).withZoneSameInstant(zone);
		}
		throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
	}

	private static Locale locale() {
		return LocalNumbers.formatting(LocaleContextHolder.getLocale());
	}

	private static ZoneId readersZone() {
		return LocaleContextHolder.getTimeZone().toZoneId();
	}

}
