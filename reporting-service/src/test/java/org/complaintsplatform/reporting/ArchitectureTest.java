package org.complaintsplatform.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final String BASE = "org.complaintsplatform.reporting";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void onlyTheKafkaPackageUsesThePublicContracts() {
        noClasses().that().resideOutsideOfPackage(BASE + ".kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts..")
                .check(classes);
    }

    @Test
    void commandAndApiDoNotDependOnAdapters() {
        noClasses().that().resideInAnyPackage(BASE + ".command..", BASE + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".rest..", BASE + ".kafka..", BASE + ".persistence..")
                .check(classes);
    }

    @Test
    void apiDoesNotUseSpring() {
        noClasses().that().resideInAPackage(BASE + ".api..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
