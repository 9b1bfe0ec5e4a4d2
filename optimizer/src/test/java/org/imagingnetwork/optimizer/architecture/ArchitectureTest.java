package org.imagingnetwork.optimizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module's lines: Timefold stays in the optimizer, the optimizer depends on
 * scheduler-core and on no other module of ours, and its features depend on each other one way
 * (the run service on the models, never a model on the run service).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.imagingnetwork");

    @Test
    void timefoldIsUsedOnlyInTheOptimizer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.imagingnetwork.optimizer..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("ai.timefold..")
                .check(CLASSES);
    }

    @Test
    void optimizerDependsOnSchedulerCoreOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.optimizer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.imagingnetwork.portal..",
                        "org.imagingnetwork.console..",
                        "org.imagingnetwork.fhir..",
                        "org.imagingnetwork.testsupport..")
                .check(CLASSES);
    }

    @Test
    void schedulerCoreDoesNotDependOnTheOptimizer() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.imagingnetwork.optimizer..")
                .check(CLASSES);
    }

    @Test
    void modelsDoNotDependOnTheRunServiceOrTheBaseline() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.imagingnetwork.optimizer.allocation..",
                        "org.imagingnetwork.optimizer.diary..",
                        "org.imagingnetwork.optimizer.disruption..",
                        "org.imagingnetwork.optimizer.explain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.imagingnetwork.optimizer.run..", "org.imagingnetwork.optimizer.baseline..")
                .check(CLASSES);
    }

    @Test
    void allocationAndDiaryModelsAreIndependent() {
        noClasses()
                .that()
                .resideInAPackage("org.imagingnetwork.optimizer.allocation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.imagingnetwork.optimizer.diary..", "org.imagingnetwork.optimizer.disruption..")
                .check(CLASSES);
    }
}
