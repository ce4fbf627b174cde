package org.complaintsplatform.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.complaintsplatform.testsupport.ServiceArchitecture;

/** The package rules of STYLE R1, checked so they keep being followed. */
@AnalyzeClasses(packages = "org.complaintsplatform.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** As ServiceArchitecture's rule, with the internal correspondence API as the one exception. */
    @ArchTest
    static final ArchRule onlyKafkaSpeaksThePublicContract = noClasses()
            .that().resideOutsideOfPackage("..workflow.kafka..")
            .and().doNotHaveFullyQualifiedName("org.complaintsplatform.workflow.rest.InternalCorrespondenceController")
            .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts..");

    /** The internal correspondence API answers with its contract record, and uses nothing else from contracts. */
    @ArchTest
    static final ArchRule internalApiUsesOnlyItsOwnContract = noClasses()
            .that().haveFullyQualifiedName("org.complaintsplatform.workflow.rest.InternalCorrespondenceController")
            .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts.complaint..")
            .orShould().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts.submission..")
            .orShould().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts.notification..");

    @ArchTest
    static final ArchRule commandAndApiUseNoAdapters = ServiceArchitecture.COMMAND_AND_API_USE_NO_ADAPTERS;

    @ArchTest
    static final ArchRule apiImportsNoSpring = ServiceArchitecture.API_IMPORTS_NO_SPRING;
}
