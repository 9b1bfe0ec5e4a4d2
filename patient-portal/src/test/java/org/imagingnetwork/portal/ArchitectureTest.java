package org.imagingnetwork.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The portal's lines: features without cycles, SQL and Redis behind repositories, time from the injected clock. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.imagingnetwork.portal");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.imagingnetwork.portal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PORTAL);
    }

    @Test
    void theWebPackageKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.portal.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.imagingnetwork.portal.signin..",
                        "org.imagingnetwork.portal.referrals..",
                        "org.imagingnetwork.portal.choice..",
                        "org.imagingnetwork.portal.booking..",
                        "org.imagingnetwork.portal.offers..",
                        "org.imagingnetwork.portal.reminders..")
                .check(PORTAL);
    }

    @Test
    void controllersNeitherQueryNorTalkToRedis() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jdbi..", "redis.clients..", "java.sql..")
                .check(PORTAL);
    }

    @Test
    void onlyTheInfrastructureFactoryTouchesRedis() {
        noClasses()
                .that()
                .doNotHaveSimpleName("Infrastructure")
                // Micronaut's generated bean definitions ($Infrastructure$Definition...) name the types too.
                .and()
                .haveNameNotMatching(".*\\.\\$.*")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("redis.clients..")
                .check(PORTAL);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .check(PORTAL);
    }
}
