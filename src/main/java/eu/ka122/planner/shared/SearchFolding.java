package eu.ka122.planner.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fold that searches compare text by, so that "rosalia" finds "Rosalía", "lodz"
 * "Łódź", "strasse" "Straße", "αθηνα" "Αθήνα" and "istanbul" "İstanbul": every letter of
 * the Latin, Greek and Cyrillic blocks it {@linkplain #covers covers} becomes its
 * lower-case base letter, written out where Unicode does not decompose it (ß → ss, æ →
 * ae, ł → l, ƀ → b); combining marks, soft hyphens and the Catalan middle dot (Col·legi)
 * vanish, a no-break space is a space, and everything else (ASCII punctuation, digits,
 * other scripts) is kept as it is, so a LIKE pattern folds without losing its escapes.
 * <p>
 * The database folds stored text with {@code ka122_fold(text)} (migration
 * {@code V25__create_search_fold.sql}), written from this class one character at a time
 * and compared with it on every character of these blocks by a test, so the fold never
 * depends on the database's {@code lower()} or collation, which differ between servers
 * (under the C locale they fold ASCII only). It works on single characters, never on
 * context (a final sigma is a sigma, whatever {@link String#toLowerCase} makes of it), as
 * SQL's {@code translate()} does.
 */
public final class SearchFolding {

	/**
	 * The folded blocks: ASCII, Latin-1 Supplement, Latin Extended-A and B, combining
	 * diacritical marks, Greek and Coptic, Cyrillic and Latin Extended Additional.
	 */
	private static final int[][] BLOCKS = { { 0x0000, 0x024F }, { 0x0300, 0x03FF }, { 0x0400, 0x04FF },
			{ 0x1E00, 0x1EFF } };

	private static final int END = 0x1F00;

	/** A Latin letter with a stroke, hook, bar… that Unicode does not decompose. */
	private static final Pattern LATIN_LETTER_WITH = Pattern.compile("LATIN (?:CAPITAL|SMALL) LETTER ([A-Z]) WITH .*");

	/** {@link #spellOut} of each character below {@link #END}, worked out once. */
	private static final String[] SPELT = new String[END];

	/** The fold of each character below {@link #END}; {@code null} when it is kept. */
	private static final String[] FOLDS = new String[END];

	static {
		for (char ch = 0; ch < END; ch++) {
			SPELT[ch] = covers(ch) ? findSpelling(ch) : null;
		}
		for (char ch = 0; ch < END; ch++) {
			String folded = covers(ch) ? foldCharacter(ch) : null;
			FOLDS[ch] = String.valueOf(ch).equals(folded) ? null : folded;
		}
	}

	private SearchFolding() {
	}

	/**
	 * @return the folded text, {@code null} for {@code null}
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder folded = null;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			String replacement = (ch < END) ? FOLDS[ch] : null;
			if (replacement != null && folded == null) {
				folded = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (folded != null) {
				folded.append((replacement != null) ? replacement : String.valueOf(ch));
			}
		}
		return (folded != null) ? folded.toString() : text;
	}

	/**
	 * A LIKE pattern (escape character {@code \}, PostgreSQL's default) that finds the
	 * folded query anywhere in a folded text: compare it with {@code ka122_fold(column)}.
	 */
	public static String containsPattern(String query) {
		String folded = fold(query == null ? "" : query.strip());
		return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * @return whether the character is in a block the fold covers
	 */
	public static boolean covers(int codePoint) {
		for (int[] block : BLOCKS) {
			if (codePoint >= block[0] && codePoint <= block[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The base letters of a letter that Unicode does not decompose (ß → ss, æ → ae, ł →
	 * l, ð → d, þ → th, ı → i, ς → σ…), lower case; {@code null} for any other character.
	 */
	public static String spellOut(char ch) {
		return (ch < END) ? SPELT[ch] : null;
	}

	private static String findSpelling(char ch) {
		String spelt = switch (Character.toLowerCase(ch)) {
			case 'ß' -> "ss";
			case 'æ' -> "ae";
			case 'œ' -> "oe";
			case 'ð' -> "d";
			case 'þ' -> "th";
			case 'ı' -> "i";
			case 'ĸ' -> "k";
			case 'ŋ' -> "n";
			case 'ſ' -> "s";
			case 'ς' -> "σ";
			default -> null;
		};
		if (spelt != null || ch < 0x80 || !Character.isLetter(ch)) {
			return spelt;
		}
		Matcher letter = LATIN_LETTER_WITH.matcher(Character.getName(ch));
		return letter.matches() ? letter.group(1).toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * The fold of one character, worked out from Unicode: compatibility decomposition,
	 * without marks, each remaining letter spelt out or in lower case.
	 */
	private static String foldCharacter(char character) {
		String self = String.valueOf(character);
		if (isMark(character) || character == '\u00ad' || character == '\u00b7') {
			// neither a letter nor a break: the soft hyphen, the Catalan middle dot (l·l)
			return "";
		}
		if (character == '\u00a0') {
			return " ";
		}
		if (!Character.isLetter(character)) {
			return self;
		}
		String decomposed = Normalizer.normalize(self, Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder();
		for (int i = 0; i < decomposed.length(); i++) {
			char ch = decomposed.charAt(i);
			String spelt = spellOut(ch);
			if (spelt != null) {
				folded.append(spelt);
			}
			else if (Character.isLetter(ch) && Character.getType(ch) != Character.MODIFIER_LETTER) {
				char lower = Character.toLowerCase(ch);
				String speltLower = spellOut(lower);
				folded.append((speltLower != null) ? speltLower : String.valueOf(lower));
			}
		}
		// a letter made of marks and modifiers only (the Greek numeral sign) stays
		return folded.isEmpty() ? self : folded.toString();
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
