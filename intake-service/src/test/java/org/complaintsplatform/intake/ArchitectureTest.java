package org.complaintsplatform.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.complaintsplatform.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyKafkaKnowsTheContracts = noClasses()
            .that().resideOutsideOfPackage("org.complaintsplatform.intake.kafka..")
            .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts..");

    @ArchTest
    static final ArchRule commandAndApiKnowNoAdapters = noClasses()
            .that().resideInAnyPackage("..intake.command..", "..intake.api..")
            .should().dependOnClassesThat().resideInAnyPackage("..intake.rest..", "..intake.kafka..", "..intake.persistence..");

    @ArchTest
    static final ArchRule apiImportsNoSpring = noClasses()
            .that().resideInAPackage("..intake.api..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
