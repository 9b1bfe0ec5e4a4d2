package org.imagingnetwork.fhir.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HAPI FHIR stays inside fhir-sync, and fhir-sync depends on the core, never on a web app. */
class FhirBoundaryTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.imagingnetwork");
    }

    @Test
    void onlyFhirSyncUsesHapiOrTheFhirModel() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.imagingnetwork.fhir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
                .check(classes);
    }

    @Test
    void fhirSyncNeverDependsOnAWebApp() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.fhir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.imagingnetwork.portal..", "org.imagingnetwork.console..")
                .check(classes);
    }

    @Test
    void theMappingKnowsNothingOfTransportOrStorage() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.fhir.mapping..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.imagingnetwork.fhir.relay..",
                        "org.imagingnetwork.fhir.inbound..",
                        "org.imagingnetwork.fhir.simulator..",
                        "org.imagingnetwork.core.jdbc..",
                        "org.jdbi..",
                        "ca.uhn.fhir.rest..")
                .check(classes);
    }

    @Test
    void thePlatformNeverDependsOnTheSimulator() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.imagingnetwork.fhir.relay..",
                        "org.imagingnetwork.fhir.mapping..",
                        "org.imagingnetwork.fhir.inbound..",
                        "org.imagingnetwork.fhir.slotsearch..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.imagingnetwork.fhir.simulator..")
                .check(classes);
    }
}
