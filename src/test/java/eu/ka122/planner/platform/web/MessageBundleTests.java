package eu.ka122.planner.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text goes through the message bundles: templates carry no literal words,
 * and every key they name exists in English.
 */
class MessageBundleTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");

	static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(placeholder|title|alt|aria-label|aria-description|label)=\"([^\"]*)\"");

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

	@Test
	void templatesContainNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
			html = html.replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				String content = text.group(1).replace("&nbsp;", "").replace("&times;", "").strip();
				if (content.codePoints().anyMatch(Character::isLetter) && !content.startsWith("[[")) {
					problems.add(template + ": text \"" + content + "\"");
				}
			}
			Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
					problems.add(template + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
				}
			}
		}
		assertThat(problems).as("visible text must come from messages*.properties").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExistsInEnglish() throws IOException {
		Properties english = english();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = LITERAL_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!english.containsKey(key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void translationsOnlyTranslateKeysThatExistInEnglish() throws IOException {
		Properties english = english();
		Set<String> orphans = new TreeSet<>();
		for (Resource translation : new PathMatchingResourcePatternResolver()
			.getResources("classpath:messages_*.properties")) {
			Properties properties = load(translation);
			properties.stringPropertyNames()
				.stream()
				.filter((k) -> !english.containsKey(k))
				.forEach((k) -> orphans.add(translation.getFilename() + ": " + k));
		}
		assertThat(orphans).isEmpty();
	}

	@Test
	void everyMessageIsAValidMessageFormatWithDoubledApostrophes() throws IOException {
		// All messages go through ICU's MessageFormat (IcuMessageSource), where a
		// single apostrophe before a brace starts a quoted section and silently
		// swallows text: the bundles write '' (or the typographic ’) everywhere.
		List<String> problems = new ArrayList<>();
		var resolver = new PathMatchingResourcePatternResolver();
		List<Resource> bundles = new ArrayList<>(List.of(resolver.getResources("classpath:messages*.properties")));
		bundles.addAll(List.of(resolver.getResources("classpath:i18n/*.properties")));
		for (Resource bundle : bundles) {
			Properties properties = load(bundle);
			for (String key : properties.stringPropertyNames()) {
				String value = properties.getProperty(key);
				if (value.replace("''", "").contains("'")) {
					problems.add(bundle.getFilename() + ": " + key);
				}
				try {
					new com.ibm.icu.text.MessageFormat(value, java.util.Locale.ENGLISH);
				}
				catch (IllegalArgumentException ex) {
					problems.add(bundle.getFilename() + ": " + key + " (" + ex.getMessage() + ")");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	static Properties english() throws IOException {
		Properties all = new Properties();
		var resolver = new PathMatchingResourcePatternResolver();
		for (String name : List.of("classpath:messages.properties", "classpath*:i18n/*.properties")) {
			for (Resource resource : resolver.getResources(name)) {
				if (!resource.getFilename().contains("_")) {
					all.putAll(load(resource));
				}
			}
		}
		return all;
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

}
