package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSettingsTest {

    @TempDir
    Path home;

    @Test
    void generatesPasswordsOnceAndKeepsThemOwnerOnly() throws IOException {
        var layout = HubLayout.of(home);

        Passwords first = Passwords.loadOrCreate(layout);
        Passwords second = Passwords.loadOrCreate(layout);

        assertThat(second).isEqualTo(first);
        assertThat(first.court()).hasSize(32).matches("[A-Za-z0-9]+").isNotEqualTo(first.registry());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.passwordsFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.credentials())))
                .isEqualTo("rwx------");
    }

    @Test
    void writesClientPropertiesACourtSerdeCanUseAsIs() throws IOException {
        var layout = HubLayout.of(home);
        var passwords = new Passwords("b", "courtpw", "registrypw");
        var ports = new HubPorts(19092, 19093, 18081);

        var files = ClientSettings.write(layout, ports, passwords, true);

        Properties court = load(files.get("court"));
        assertThat(court)
                .containsEntry("bootstrap.servers", "127.0.0.1:19092")
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"court\""
                                + " password=\"courtpw\";")
                .containsEntry("schema.registry.url", "http://127.0.0.1:18081")
                .containsEntry("basic.auth.credentials.source", "USER_INFO")
                .containsEntry("basic.auth.user.info", "court:courtpw");
        Properties registry = load(files.get("registry"));
        assertThat(registry).containsEntry("sasl.jaas.config", ClientSettings.scramJaas("registry", "registrypw"));
        assertThat(registry).doesNotContainKey("basic.auth.user.info");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get("court"))))
                .isEqualTo("rw-------");
    }

    @Test
    void configuresADenyByDefaultBrokerWithScramClientsAndAPlainController() {
        var layout = HubLayout.of(home);
        var settings = BrokerSettings.server(layout, new HubPorts(19092, 19093, 18081), new Passwords("bpw", "c", "r"));

        assertThat(settings)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("listeners", "CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512")
                .containsEntry("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("sasl.mechanism.controller.protocol", "PLAIN")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:coophub-broker;User:court")
                .containsEntry("log.dirs", layout.kafkaData().toString());
        assertThat(settings.get("listener.name.controller.plain.sasl.jaas.config"))
                .contains("username=\"coophub-broker\"")
                .contains("user_coophub-broker=\"bpw\"");
    }

    @Test
    void grantsTheRegistryOnlyItsOwnTopic() {
        assertThat(RegistryAccess.bindings())
                .hasSize(5)
                .allSatisfy(binding -> {
                    assertThat(binding.pattern().name()).isEqualTo("_schemas");
                    assertThat(binding.entry().principal()).isEqualTo("User:registry");
                })
                .extracting(binding -> binding.entry().operation().name())
                .containsExactlyInAnyOrder("READ", "WRITE", "DESCRIBE", "CREATE", "DESCRIBE_CONFIGS");
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
