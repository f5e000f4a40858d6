package org.coophub.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The registry's features stay apart: dependencies between its packages run one way. */
class ArchitectureTests {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coophub.registry");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.coophub.registry.(*)..")
                .should()
                .beFreeOfCycles()
                .check(REGISTRY);
    }

    @Test
    void theStoreKnowsNothingOfTheWebResources() {
        noClasses()
                .that()
                .resideInAPackage("..registry.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..registry.subject..", "..registry.compatibility..")
                .check(REGISTRY);
    }

    @Test
    void onlyTheWebLayerTouchesSpringMvc() {
        noClasses()
                .that()
                .resideInAPackage("..registry.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.web..")
                .check(REGISTRY);
    }
}
