package eu.ka122.planner.geo.domain;

import java.text.Normalizer;
import java.util.Locale;

import eu.ka122.planner.shared.SearchFolding;

/**
 * Folds a place name to the key it is compared by: lower case, without accents, with
 * letters that Unicode does not decompose spelt out the way people type them on a plain
 * keyboard (ß → ss, ø → o, ł → l…), and every run of punctuation or white space turned
 * into one space, so "Köln", "koln" and "KÖLN" are one key, as are "Cluj-Napoca" and
 * "Cluj Napoca", "St. Pölten" and "st polten".
 */
public final class NameFolding {

	/**
	 * A character that neither adds letters nor separates words: the Catalan middle dot
	 * (l·l).
	 */
	private static final String JOINS = "";

	/**
	 * Below this, characters are folded through {@link #LATIN}: ASCII, Latin-1, Latin
	 * Extended-A and B.
	 */
	private static final int LATIN_END = 0x250;

	/**
	 * The fold of each Latin character, worked out once by the general path; {@code null}
	 * for a separator. Nearly every name of the eligible countries is written in these
	 * characters, so loading the gazetteer rarely needs the (slower) Unicode normaliser.
	 */
	private static final String[] LATIN = new String[LATIN_END];

	static {
		for (char ch = 0; ch < LATIN_END; ch++) {
			String folded = foldUnicode(String.valueOf(ch));
			LATIN[ch] = !folded.isEmpty() ? folded : (ch == '\u00b7') ? JOINS : null;
		}
	}

	private NameFolding() {
	}

	/**
	 * @return the folded name, "" for {@code null} or a name without letters or digits
	 */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(name.length());
		boolean pendingSpace = false;
		for (int i = 0; i < name.length(); i++) {
			char ch = name.charAt(i);
			if (ch >= LATIN_END) {
				return foldUnicode(name);
			}
			String letters = LATIN[ch];
			if (letters == null) {
				pendingSpace = folded.length() > 0;
			}
			else if (!letters.isEmpty()) {
				pendingSpace = appendWord(folded, letters, pendingSpace);
			}
		}
		return folded.toString();
	}

	/** The general path: any script, through Unicode compatibility decomposition. */
	static String foldUnicode(String name) {
		String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean pendingSpace = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char ch = decomposed.charAt(i);
			if (isMark(ch)) {
				continue;
			}
			// letters that NFKD leaves whole (ß, æ, ø, ł…), spelt out as the name
			// search spells them
			String spelt = SearchFolding.spellOut(ch);
			if (spelt != null) {
				pendingSpace = appendWord(folded, spelt, pendingSpace);
			}
			else if (Character.isLetterOrDigit(ch)) {
				pendingSpace = appendWord(folded, String.valueOf(ch), pendingSpace);
			}
			else if (ch != '\u00b7') {
				pendingSpace = folded.length() > 0;
			}
		}
		return folded.toString();
	}

	private static boolean appendWord(StringBuilder folded, String text, boolean pendingSpace) {
		if (pendingSpace) {
			folded.append(' ');
		}
		folded.append(text);
		return false;
	}

	private static boolean isMark(char ch) {
		int type = Character.getType(ch);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
