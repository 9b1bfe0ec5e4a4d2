package org.imagingnetwork.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The lines scheduler-core keeps (CONVENTIONS.md, habit 2): plain Java with at most jakarta.inject,
 * SQL in its jdbc package, Redis in its redis package, no Timefold; and the domain packages depend
 * on neither implementation.
 */
@AnalyzeClasses(packages = "org.imagingnetwork.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "..core.network..", "..core.exam..", "..core.diary..", "..core.patient..", "..core.request..",
        "..core.rules..", "..core.booking..", "..core.hold..", "..core.offer..", "..core.outbox..",
        "..core.audit..", "..core.time..", "..core.validation..", "..core.bi..", "..core.choice..",
        "..core.signin..", "..core.notify..", "..core.reminder.."
    };

    @ArchTest
    static final ArchRule noWebFramework = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..",
                    "org.springframework..",
                    "io.netty..",
                    "jakarta.servlet..",
                    "javax.servlet..",
                    "jakarta.ws.rs..",
                    "jakarta.validation..",
                    "org.thymeleaf..")
            .because("scheduler-core is a framework-free library that every app shares");

    @ArchTest
    static final ArchRule sqlOnlyInTheJdbcPackage = noClasses()
            .that()
            .resideOutsideOfPackage("..core.jdbc..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.jdbi..",
                    "java.sql..",
                    "javax.sql..",
                    "org.postgresql..",
                    "org.flywaydb..",
                    "com.zaxxer.hikari..")
            .because("SQL lives only in the repositories of core.jdbc");

    @ArchTest
    static final ArchRule jedisOnlyInTheRedisPackage = noClasses()
            .that()
            .resideOutsideOfPackage("..core.redis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("redis.clients..")
            .because("Redis is reached only through core.redis");

    @ArchTest
    static final ArchRule noTimefold = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ai.timefold..")
            .because("the solver lives in the optimizer module");

    @ArchTest
    static final ArchRule domainDependsOnNoImplementation = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..core.jdbc..", "..core.redis..")
            .because("feature packages hold interfaces and values; jdbc and redis implement them");
}
