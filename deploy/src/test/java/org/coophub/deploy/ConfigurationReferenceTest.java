package org.coophub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/configuration.md names every {@code coophub.*} setting each app really has. */
class ConfigurationReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"producer", "consumer-gateway", "dashboard", "schema-registry"})
    void namesEverySettingOfTheApp(String module) throws Exception {
        String reference = Files.readString(Repository.ROOT.resolve("docs/configuration.md"));
        var settings = PropertyCatalogue.ofModule(Repository.ROOT, module).namesStartingWith("coophub.");

        assertThat(settings).as("coophub.* settings of " + module).isNotEmpty();
        assertThat(settings)
                .as("settings of " + module + " that docs/configuration.md does not name")
                .allSatisfy(setting -> assertThat(reference).contains("`" + setting + "`"));
    }
}
