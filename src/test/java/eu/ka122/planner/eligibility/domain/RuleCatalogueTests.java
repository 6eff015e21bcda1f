package eu.ka122.planner.eligibility.domain;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogueTests {

	private static final Properties RULES = Fixtures.RULES;

	/** Rulebook §2 and §3, in order. */
	private static final List<String> RULEBOOK_IDS = List.of("APP-ORG-TYPE", "APP-ORG-ACCREDITED", "APP-ORG-COUNTRY",
			"APP-ROUND", "APP-DEADLINE", "APP-START-DATE", "APP-DURATION", "APP-MOBILITY-REQUIRED",
			"APP-PARTICIPANT-CAP", "APP-ONE-PER-ROUND", "APP-ROUND2-AFTER-GRANT", "APP-THREE-IN-FIVE",
			"APP-COURSE-SHARE", "APP-DECLARATION", "ACT-DURATION", "ACT-PARTICIPANTS", "ACT-GROUP-SIZE",
			"ACT-GROUP-ACCOMPANIED", "ACT-DESTINATION-ELIGIBLE", "ACT-ABROAD", "ACT-TRAVEL-DAYS",
			"ACT-ACCOMPANYING-TYPE", "ACT-LINGUISTIC-TYPE", "ACT-COURSE-PER-ORG", "ACT-PREP-SIZE", "ACT-PREP-HOST",
			"ACT-PREP-ONE-PER-HOST", "ACT-PREP-NOT-COURSES", "ACT-EXPENSIVE-TRAVEL", "ACT-GREEN-UNDER-500",
			"ACT-NO-TRAVEL-GRANT", "ACT-ACCOMPANYING-60", "ACT-LONG-TERM-TRAINING", "ACT-COURSE-QUALITY");

	/** Message variants the rules use for a second case. */
	private static final Set<String> VARIANTS = Set.of("rule.APP-ROUND.message.unknown",
			"rule.APP-START-DATE.message.missing", "rule.APP-DURATION.message.missing",
			"rule.ACT-DURATION.message.shortTerm", "rule.ACT-ABROAD.message.incoming",
			"rule.ACT-PREP-NOT-COURSES.message.missing", "rule.ACT-EXPENSIVE-TRAVEL.message.noTravel");

	@Test
	void holdsEveryRuleOfTheRulebookInItsOrder() {
		assertThat(RuleCatalogue.all()).extracting(Rule::id).containsExactlyElementsOf(RULEBOOK_IDS);
	}

	@Test
	void scopesApplicationAndActivityRulesByTheirId() {
		assertThat(RuleCatalogue.all()).allSatisfy((rule) -> assertThat(rule.scope())
			.isEqualTo(rule.id().startsWith("APP-") ? Scope.APPLICATION : Scope.ACTIVITY));
	}

	@ParameterizedTest
	@CsvSource({ "ACT-GREEN-UNDER-500, WARNING", "ACT-NO-TRAVEL-GRANT, INFO", "ACT-ACCOMPANYING-60, INFO",
			"ACT-LONG-TERM-TRAINING, INFO", "ACT-COURSE-QUALITY, INFO" })
	void weighsGuidanceAndWarningsAsTheRulebookDoes(String id, Severity severity) {
		assertThat(RuleCatalogue.find(id).orElseThrow().severity()).isEqualTo(severity);
	}

	@Test
	void makesEveryOtherRuleAnError() {
		Set<String> lighter = Set.of("ACT-GREEN-UNDER-500", "ACT-NO-TRAVEL-GRANT", "ACT-ACCOMPANYING-60",
				"ACT-LONG-TERM-TRAINING", "ACT-COURSE-QUALITY");

		assertThat(RuleCatalogue.all()).filteredOn((rule) -> !lighter.contains(rule.id()))
			.hasSize(29)
			.allSatisfy((rule) -> assertThat(rule.severity()).isEqualTo(Severity.ERROR));
	}

	@Test
	void explainsEveryRuleInPlainEnglish() {
		assertThat(RuleCatalogue.all()).allSatisfy((rule) -> {
			assertThat(RULES.getProperty(rule.messageKey())).as(rule.messageKey()).isNotBlank();
			assertThat(RULES.getProperty(rule.descriptionKey())).as(rule.descriptionKey()).isNotBlank();
			assertThat(RULES.getProperty(rule.guideKey())).as(rule.guideKey()).isNotBlank();
			assertThat(rule.guideReference()).isNotBlank();
			assertThat(RULES.getProperty(rule.guideKey())).as(rule.guideKey()).startsWith(rule.guideReference() + ":");
		});
	}

	@Test
	void namesEveryRulesGuideSectionInTheBundleAsTheRuleDoes() {
		// The catalogue page shows the section from the bundle, so that it is translated.
		assertThat(RuleCatalogue.all())
			.allSatisfy((rule) -> assertThat(RULES.getProperty("rule." + rule.id() + ".section")).as(rule.id())
				.isEqualTo(rule.guideReference()));
	}

	@Test
	void statesEveryDecisionAndNoOther() {
		Set<String> decisionTexts = RULES.stringPropertyNames()
			.stream()
			.filter((key) -> key.endsWith(".decision"))
			.collect(Collectors.toSet());

		assertThat(RuleCatalogue.all()).map(Rule::decisionKey)
			.filteredOn((key) -> key != null)
			.containsExactlyInAnyOrderElementsOf(decisionTexts);
		assertThat(RuleCatalogue.find("ACT-DURATION").orElseThrow().decisionKey())
			.isEqualTo("rule.ACT-DURATION.decision");
		assertThat(RuleCatalogue.find("ACT-GROUP-SIZE").orElseThrow().decisionKey()).isNull();
	}

	@Test
	void hasATextForEveryVariantAndNoTextForAnUnknownRule() {
		Set<String> ruleKeys = RULES.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith("rule."))
			.collect(Collectors.toSet());

		assertThat(ruleKeys).containsAll(VARIANTS);
		assertThat(ruleKeys).allSatisfy((key) -> assertThat(RULEBOOK_IDS).contains(key.split("\\.")[1]));
		assertThat(ruleKeys).filteredOn((key) -> key.contains(".message."))
			.containsExactlyInAnyOrderElementsOf(VARIANTS);
	}

	@ParameterizedTest
	@EnumSource(Severity.class)
	void namesEverySeverity(Severity severity) {
		assertThat(RULES.getProperty("severity." + severity.name())).isNotBlank();
	}

	@Test
	void usesNoApostropheThatMessageFormatWouldSwallow() {
		RULES.forEach((key, value) -> assertThat(value.toString().replace("''", "")).as("%s", key).doesNotContain("'"));
	}

	@Test
	void findsNoRuleForAnUnknownId() {
		assertThat(RuleCatalogue.find("APP-NOPE")).isEmpty();
	}

}
