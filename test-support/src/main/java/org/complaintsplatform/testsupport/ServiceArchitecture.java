package org.complaintsplatform.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules every service follows (STYLE R1), written once. A service's {@code ArchitectureTest}
 * analyses its own base package and includes them with {@code ArchTests.in(ServiceArchitecture.class)}, or
 * picks single rules where it has a documented exception.
 */
public final class ServiceArchitecture {

    /** Internal events and public contracts change independently: only the Kafka adapter maps between them. */
    @ArchTest
    public static final ArchRule ONLY_KAFKA_USES_THE_PUBLIC_CONTRACTS = noClasses()
            .that().resideOutsideOfPackage("..kafka..")
            .should().dependOnClassesThat().resideInAPackage("org.complaintsplatform.contracts..");

    /** The domain stays testable without Spring, Kafka or a database. */
    @ArchTest
    public static final ArchRule COMMAND_AND_API_USE_NO_ADAPTERS = noClasses()
            .that().resideInAnyPackage("..command..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..kafka..", "..persistence..");

    @ArchTest
    public static final ArchRule API_IMPORTS_NO_SPRING = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    private ServiceArchitecture() {
    }
}
