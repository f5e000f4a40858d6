package org.coophub.producer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dispatch service's features stay apart: dependencies between its packages run one way. */
class ArchitectureTests {

    private static final JavaClasses PRODUCER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coophub.producer");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.coophub.producer.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PRODUCER);
    }

    @Test
    void onlyTheOutboxRelayTalksToKafka() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "..producer.dispatch..", "..producer.bundle..", "..producer.notice..", "..producer.warrant..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka.clients..")
                .check(PRODUCER);
    }

    @Test
    void theOutboxAndTheDirectoryKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("..producer.outbox..", "..producer.directory..", "..producer.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..producer.dispatch..", "..producer.bundle..", "..producer.notice..", "..producer.warrant..")
                .check(PRODUCER);
    }
}
