package org.complaintsplatform.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE R1, checked: the public contracts stay at the edge and the letter vocabulary stays plain. */
class ArchitectureTest {

    private static final String BASE = "org.complaintsplatform.notification";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void onlyTheKafkaPackageUsesPublicContracts() {
        noClasses().that().resideOutsideOfPackage(BASE + ".kafka..")
                .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts..")
                .check(classes);
    }

    @Test
    void commandAndApiNeverReachForRestKafkaOrPersistence() {
        noClasses().that().resideInAnyPackage(BASE + ".command..", BASE + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".rest..", BASE + ".kafka..", BASE + ".persistence..")
                .check(classes);
    }

    @Test
    void apiImportsNoSpring() {
        noClasses().that().resideInAPackage(BASE + ".api..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void restDoesNotReachIntoKafka() {
        noClasses().that().resideInAPackage(BASE + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".kafka..")
                .check(classes);
    }
}
