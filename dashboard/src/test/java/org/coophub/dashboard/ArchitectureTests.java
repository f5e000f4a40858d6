package org.coophub.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dashboard's features stay apart, and the topology stays a pure function of its inputs. */
class ArchitectureTests {

    private static final JavaClasses DASHBOARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coophub.dashboard");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.coophub.dashboard.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DASHBOARD);
    }

    @Test
    void theTopologyKnowsNothingOfSpringOrTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "..dashboard.lifecycle..",
                        "..dashboard.warrant..",
                        "..dashboard.directory..",
                        "..dashboard.summary..",
                        "..dashboard.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(DASHBOARD);
    }

    @Test
    void onlyTheSystemPackageRunsKafkaStreams() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..dashboard.system..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.kafka.streams.KafkaStreams")
                .check(DASHBOARD);
    }
}
