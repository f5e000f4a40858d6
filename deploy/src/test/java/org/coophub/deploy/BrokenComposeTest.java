package org.coophub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of {@link DockerComposeTest} fails on the defect it is there for (src/test/resources/broken/). */
class BrokenComposeTest {

    private static final ComposeFile BROKEN =
            ComposeFile.load(Repository.fixture("broken/docker-compose.yml"), Repository.ROOT);
    private static final AppEntrypoint ENTRYPOINT =
            AppEntrypoint.read(Repository.ROOT.resolve("docker/app-entrypoint.sh"));

    @Test
    void anImageWithoutATagOrTaggedLatestOrNotNamedIsReported() {
        assertThat(ComposeChecks.unpinnedImages(BROKEN))
                .containsExactlyInAnyOrder(
                        "kafka: image apache/kafka has no tag (it means latest)",
                        "postgres: image postgres:latest is not pinned to a version (tag latest)",
                        "printer: no image (a built service is tagged with image: name:version)");
    }

    @Test
    void aDockerfileBaseImageWithoutAVersionIsReportedButAnEarlierStageIsNot() {
        assertThat(ComposeChecks.unpinnedBaseImages(Repository.fixture("broken/Dockerfile")))
                .containsExactly(
                        "Dockerfile: FROM eclipse-temurin has no tag (it means latest)",
                        "Dockerfile: FROM openjdk:latest is not pinned to a version (tag latest)");
    }

    @Test
    void aHostPortPublishedTwiceIsReportedWhateverTheSyntax() {
        assertThat(ComposeChecks.portClashes(BROKEN))
                .containsExactly("host port 8090 is published by gateway-fra, dashboard");
    }

    @Test
    void aLiteralPasswordALiteralDefaultAndALiteralJaasPasswordAreReported() {
        assertThat(ComposeChecks.literalSecrets(BROKEN))
                .containsExactlyInAnyOrder(
                        "kafka: SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG holds a literal JAAS password",
                        "kafka: SCHEMA_REGISTRY_KAFKASTORE_SASL_JAAS_CONFIG is a literal, not a ${...} reference to .env or the environment",
                        "postgres: POSTGRES_PASSWORD is a literal, not a ${...} reference to .env or the environment",
                        "gateway-fra: SPRING_DATASOURCE_PASSWORD falls back to a literal default (${GATEWAY_FRA_DB_PASSWORD:-changeit})");
    }

    @Test
    void aMisspelledVariableBindsToNoPropertyAndLeavesARequiredOneUnset() {
        var gateway = BROKEN.services().get("gateway-fra");
        var app = PropertyCatalogue.ofModule(Repository.ROOT, "consumer-gateway");

        assertThat(ComposeChecks.unknownProperties(gateway, app, ENTRYPOINT.variables()))
                .containsExactly("gateway-fra: COOPHUB_GATEWAY_PARTTY binds to no configuration property of"
                        + " consumer-gateway (nor is it read by docker/app-entrypoint.sh)");
        assertThat(ComposeChecks.missingRequired(gateway, app, AppServices.REQUIRED.get("consumer-gateway")))
                .containsExactly(
                        "gateway-fra: coophub.gateway.party is not set (environment variable COOPHUB_GATEWAY_PARTY)");
    }

    @Test
    void aRequiredPropertyTheAppNoLongerHasIsReported() {
        var gateway = BROKEN.services().get("gateway-fra");
        var app = PropertyCatalogue.ofModule(Repository.ROOT, "consumer-gateway");

        assertThat(ComposeChecks.missingRequired(gateway, app, List.of("coophub.gateway.inbox-url")))
                .containsExactly("gateway-fra: required property coophub.gateway.inbox-url is not a property of"
                        + " consumer-gateway any more");
    }

    @Test
    void aClientPropertiesFileOtherThanTheEntrypointsOrNoCredentialsForItAreReported() {
        var dashboard = BROKEN.services().get("dashboard");

        assertThat(ComposeChecks.clientPropertiesMismatch(dashboard, "coophub.dashboard.client-properties", ENTRYPOINT))
                .containsExactly(
                        "dashboard: COOPHUB_DASHBOARD_CLIENTPROPERTIES is /tmp/court.properties, not"
                                + " /app/config/client.properties (the file docker/app-entrypoint.sh writes)",
                        "dashboard: CLIENT_BOOTSTRAP_SERVERS is not set, so docker/app-entrypoint.sh writes no /tmp/court.properties",
                        "dashboard: CLIENT_USERNAME is not set, so docker/app-entrypoint.sh writes no /tmp/court.properties",
                        "dashboard: CLIENT_PASSWORD is not set, so docker/app-entrypoint.sh writes no /tmp/court.properties");
    }

    @Test
    void aMissingModuleOrDockerfileIsReported() {
        assertThat(ComposeChecks.missingModules(BROKEN))
                .containsExactlyInAnyOrder(
                        "notifier: module notifier is not a module of " + Repository.ROOT.resolve("pom.xml"),
                        "printer: Dockerfile docker/Dockerfile.printer does not exist");
    }

    @Test
    void aVariableTheFileRequiresButTheEnvExampleLacksIsReported(@TempDir Path directory) throws Exception {
        Path example = directory.resolve(".env.example");
        Files.writeString(example, "# nothing documented\nOTHER=x\n");
        var compose = ComposeFile.load(Repository.ROOT.resolve("docker-compose.yml"), Repository.ROOT);

        assertThat(ComposeChecks.undocumentedVariables(compose, example))
                .contains("COURT_PASSWORD is required by docker-compose.yml but not in .env.example");
    }

    @Test
    void anUncompiledAppFailsWithHowToProduceItsMetadata(@TempDir Path emptyRepository) {
        assertThatThrownBy(() -> PropertyCatalogue.ofModule(emptyRepository, "producer"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring-configuration-metadata.json is missing")
                .hasMessageContaining("-pl schemas,producer -am");
    }
}
