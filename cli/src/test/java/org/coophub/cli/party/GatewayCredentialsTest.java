package org.coophub.cli.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayCredentialsTest {

    @TempDir
    Path credentials;

    @Test
    void keepsTheGeneratedSecretAcrossLoads() throws Exception {
        var generated = GatewayCredentials.generate(credentials, "gateway-FRA");
        generated.write("127.0.0.1:9092", Optional.of("http://127.0.0.1:8081"));

        var loaded = GatewayCredentials.load(credentials, "gateway-FRA");

        assertThat(loaded).contains(generated);
        assertThat(Files.readString(generated.file()))
                .contains("schema.registry.url=http://127.0.0.1:8081", "auto.register.schemas=false");
        assertThat(generated.password()).hasSize(32).matches("[A-Za-z0-9]+");
    }

    @Test
    void writesTheContractKeysOwnerOnly() throws Exception {
        var generated = GatewayCredentials.generate(credentials, "gateway-FRA");
        generated.write("127.0.0.1:9092", Optional.empty());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(generated.file())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(generated.file()))
                .contains(
                        "bootstrap.servers=127.0.0.1:9092", "sasl.mechanism=SCRAM-SHA-512", "username=\"gateway-FRA\"")
                .doesNotContain("schema.registry.url", "basic.auth");
    }

    @Test
    void hasNothingForAPartyNeverOnboarded() {
        assertThat(GatewayCredentials.load(credentials, "gateway-SEN")).isEmpty();
    }
}
