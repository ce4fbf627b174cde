package org.complaintsplatform.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.complaintsplatform.testsupport.ServiceArchitecture;

/** The package rules of STYLE R1, checked so they keep being followed. */
@AnalyzeClasses(packages = "org.complaintsplatform.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);
}
