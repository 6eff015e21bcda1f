package eu.ka122.planner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The rules and budget cores are plain Java: testable alone, fast, and free of framework
 * churn.
 */
class DomainPurityTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.ka122.planner");

	@Test
	void domainPackagesUseOnlyTheJdkAndTheSharedKernel() {
		// package-info carries the module-system annotation only; it is metadata, not
		// code of the core.
		classes().that()
			.resideInAPackage("..domain..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "eu.ka122.planner.shared", "..domain..")
			.because("the pure core must not depend on Spring, JPA or the web")
			.check(MAIN);
	}

	@Test
	void theSharedKernelUsesOnlyTheJdk() {
		classes().that()
			.resideInAPackage("eu.ka122.planner.shared")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "eu.ka122.planner.shared")
			.check(MAIN);
	}

	@Test
	void domainPackagesDoNotReachIntoOtherModulesDomains() {
		classes().that()
			.resideInAPackage("eu.ka122.planner.eligibility.domain..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("eu.ka122.planner.budget..", "eu.ka122.planner.geo..")
			.check(MAIN);
		classes().that()
			.resideInAPackage("eu.ka122.planner.budget.domain..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("eu.ka122.planner.eligibility..", "eu.ka122.planner.geo..")
			.check(MAIN);
	}

}
