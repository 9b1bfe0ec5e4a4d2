package org.imagingnetwork.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The console's lines: features without cycles, SQL behind query classes, the access rules known by no page. */
class ArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.imagingnetwork.console");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.imagingnetwork.console.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CONSOLE);
    }

    @Test
    void accessKnowsNoFeatureAndNoPage() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.console.access..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.imagingnetwork.console.web..",
                        "org.imagingnetwork.console.signin..",
                        "org.imagingnetwork.console.waitinglist..")
                .check(CONSOLE);
    }

    @Test
    void controllersNeitherQueryNorTalkToRedis() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jdbi..", "redis.clients..", "java.sql..")
                .check(CONSOLE);
    }
}
