package eu.ka122.planner.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language the app speaks ({@code ka122.languages}) has every text: each bundle has
 * every English key, nothing else, the same arguments as English, and a text of its own
 * unless the value is only names and codes or on the reviewed list of words that are the
 * same in that language.
 */
class BundleCompletenessTests {

	/**
	 * Names and codes that stay as they are in every language; a value made only of
	 * these, placeholders and punctuation needs no translation.
	 */
	static final Pattern CODES = Pattern
		.compile("KA122 Planner|KA122-SCH|Erasmus\\+|EUR|km|OID|PDF|CSV|XLSX|JSON|API|E-mail|\\{[^}]*\\}|[^\\p{L}]");

	/**
	 * Words spelled alike in the language and in English, reviewed one by one (the note
	 * on the languages issue lists them).
	 */
	static final Map<String, Set<String>> SAME_WORD = Map.of("fr",
			Set.of("Type", "Pages", "Actions", "Version", "Versions", "Version {0}", "Version {0} ({1})", "Sections",
					"Code", "Participants", "Administration", "Distance", "Distance (km)", "Destination", "Total",
					"Source"),
			"de", Set.of("Version", "Version {0}", "Version {0} ({1})", "Versionen", "Organisation", "Status"), "es",
			Set.of("No", "Total", "Total:", "Error", "Error:"), "it",
			Set.of("No", "Round", "Round {0}", "Password", "Follow-up", "Job shadowing"), "pl",
			Set.of("Status", "Administrator"));

	static Stream<String> languages() throws IOException {
		Properties application = load(new ClassPathResource("application.properties"));
		return Stream.of(application.getProperty("ka122.languages").split(","))
			.map(String::strip)
			.filter((l) -> !"en".equals(l));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void everyBundleHasEveryKeyWithTheArgumentsOfEnglishInAValidPattern(String language) throws IOException {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : bundles(language)) {
			String name = bundle.name();
			Properties en = bundle.english();
			Properties tr = bundle.translated();
			if (tr == null) {
				problems.add(name + ": no such file");
				continue;
			}
			for (String key : en.stringPropertyNames()) {
				String value = tr.getProperty(key);
				if (value == null) {
					problems.add(name + ": no " + key);
					continue;
				}
				try {
					new MessageFormat(value, Locale.forLanguageTag(language));
					if (!arguments(value).equals(arguments(en.getProperty(key)))) {
						problems.add(name + ": " + key + " has arguments " + arguments(value) + ", English "
								+ arguments(en.getProperty(key)));
					}
				}
				catch (IllegalArgumentException ex) {
					problems.add(name + ": " + key + " is no valid pattern: " + ex.getMessage());
				}
				if (value.replace("''", "").contains("'")) {
					problems.add(name + ": " + key + " has a single apostrophe (write '' or ’)");
				}
			}
			for (String key : tr.stringPropertyNames()) {
				if (!en.containsKey(key)) {
					problems.add(name + ": " + key + " is not an English key");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void everyTextIsTranslatedUnlessReviewedAsTheSameWord(String language) throws IOException {
		Set<String> untranslated = new TreeSet<>();
		for (Bundle bundle : bundles(language)) {
			Properties en = bundle.english();
			Properties tr = (bundle.translated() != null) ? bundle.translated() : new Properties();
			for (String key : en.stringPropertyNames()) {
				String value = tr.getProperty(key);
				if (en.getProperty(key).equals(value) && !CODES.matcher(value).replaceAll("").isEmpty()
						&& !SAME_WORD.getOrDefault(language, Set.of()).contains(value)) {
					untranslated.add(bundle.name() + ": " + key + " = " + value);
				}
			}
		}
		assertThat(untranslated).isEmpty();
	}

	/**
	 * The numbers of the pattern's arguments, those inside plural and select cases too.
	 */
	static Set<Integer> arguments(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<Integer> numbers = new TreeSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				numbers.add(part.getValue());
			}
		}
		return numbers;
	}

	/**
	 * An English bundle and its translation into the language (null when there is none).
	 */
	record Bundle(String name, Properties english, Properties translated) {
	}

	private static List<Bundle> bundles(String language) throws IOException {
		List<Bundle> bundles = new ArrayList<>();
		for (Resource english : englishBundles()) {
			String name = english.getFilename().replace(".properties", "") + "_" + language;
			Resource translated = english.createRelative(name + ".properties");
			bundles.add(new Bundle(name, load(english), translated.exists() ? load(translated) : null));
		}
		return bundles;
	}

	private static List<Resource> englishBundles() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		List<Resource> bundles = new ArrayList<>();
		bundles.add(new ClassPathResource("messages.properties"));
		for (Resource resource : resolver.getResources("classpath:i18n/*.properties")) {
			if (!resource.getFilename().contains("_")) {
				bundles.add(resource);
			}
		}
		return bundles;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
