package org.complaintsplatform.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.complaintsplatform.testsupport.ServiceArchitecture;

/** The package rules of STYLE R1, checked so they keep being followed. */
@AnalyzeClasses(packages = "org.complaintsplatform.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule restDoesNotReachIntoKafka = noClasses()
            .that().resideInAPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..kafka..");
}
