package org.coophub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and docker/, checked without a Docker engine: pinned images, no port clash, no
 * secret in the file, every app variable a real configuration property of that app and every needed
 * one set, the modules the Dockerfile builds present.
 */
class DockerComposeTest {

    private static final ComposeFile COMPOSE =
            ComposeFile.load(Repository.ROOT.resolve("docker-compose.yml"), Repository.ROOT);
    private static final AppEntrypoint ENTRYPOINT =
            AppEntrypoint.read(Repository.ROOT.resolve("docker/app-entrypoint.sh"));

    @Test
    void everyImageIsPinnedToAVersion() {
        assertThat(ComposeChecks.unpinnedImages(COMPOSE)).isEmpty();
    }

    @Test
    void everyBaseImageOfTheDockerfilesIsPinnedToAVersion() {
        var dockerfiles = new LinkedHashSet<Path>();
        COMPOSE.services()
                .values()
                .forEach(service -> service.build()
                        .ifPresent(build -> dockerfiles.add(Repository.ROOT
                                .resolve(build.context())
                                .resolve(build.dockerfile())
                                .normalize())));

        assertThat(dockerfiles).isNotEmpty();
        assertThat(dockerfiles.stream().flatMap(file -> ComposeChecks.unpinnedBaseImages(file).stream()))
                .isEmpty();
    }

    @Test
    void noTwoServicesPublishTheSameHostPort() {
        assertThat(ComposeChecks.portClashes(COMPOSE)).isEmpty();
    }

    @Test
    void onlyThePeoplesEntryPointsArePublishedAndOnlyOnLoopback() {
        var published = new ArrayList<String>();
        COMPOSE.services().values().forEach(service -> {
            if (!service.publishedPorts().isEmpty()) {
                published.add(service.name());
            }
        });
        assertThat(published).containsExactlyInAnyOrder("producer", "dashboard", "gateway-fra", "gateway-arg");
        assertThat(COMPOSE.services().values().stream()
                        .flatMap(service -> ((List<?>) service.body().getOrDefault("ports", List.of())).stream()))
                .allSatisfy(port -> assertThat(String.valueOf(port)).startsWith("127.0.0.1:"));
    }

    @Test
    void secretsComeFromTheEnvironmentNeverFromTheFile() {
        assertThat(ComposeChecks.literalSecrets(COMPOSE)).isEmpty();
    }

    @Test
    void everyVariableTheFileRequiresIsInTheEnvExample() {
        assertThat(ComposeChecks.undocumentedVariables(COMPOSE, Repository.ROOT.resolve("docker/.env.example")))
                .isEmpty();
    }

    @Test
    void theAppsAreTheProducerTheDashboardAndTwoGateways() {
        assertThat(apps().stream().map(service -> service.module().orElseThrow()))
                .containsExactlyInAnyOrder("producer", "dashboard", "consumer-gateway", "consumer-gateway");
    }

    @Test
    void everyVariableOfAnAppBindsToARealPropertyOfThatApp() {
        var problems = new ArrayList<String>();
        for (var service : apps()) {
            var app =
                    PropertyCatalogue.ofModule(Repository.ROOT, service.module().orElseThrow());
            problems.addAll(ComposeChecks.unknownProperties(service, app, ENTRYPOINT.variables()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAppGetsThePropertiesItNeeds() {
        var problems = new ArrayList<String>();
        for (var service : apps()) {
            String module = service.module().orElseThrow();
            var app = PropertyCatalogue.ofModule(Repository.ROOT, module);
            problems.addAll(ComposeChecks.missingRequired(service, app, AppServices.REQUIRED.get(module)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAppReadsTheClientPropertiesFileTheEntrypointWritesFromItsCredentials() {
        var problems = new ArrayList<String>();
        for (var service : apps()) {
            String property = AppServices.CLIENT_PROPERTIES.get(service.module().orElseThrow());
            problems.addAll(ComposeChecks.clientPropertiesMismatch(service, property, ENTRYPOINT));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void eachGatewayServesItsOwnPartyAsItsOwnPrincipalWithItsOwnDatabase() {
        var gateways = apps().stream()
                .filter(service -> service.module().orElseThrow().equals("consumer-gateway"))
                .toList();
        for (var gateway : gateways) {
            var environment = gateway.environment();
            String party = environment.get("COOPHUB_GATEWAY_PARTY");

            assertThat(environment.get("CLIENT_USERNAME")).as(gateway.name()).isEqualTo("gateway-" + party);
            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .as(gateway.name())
                    .isEqualTo("jdbc:postgresql://postgres:5432/gateway_" + party.toLowerCase());
        }
        assertThat(gateways.stream()
                        .map(gateway -> gateway.environment().get("COOPHUB_GATEWAY_PARTY"))
                        .collect(Collectors.toSet()))
                .hasSize(gateways.size());
        assertThat(COMPOSE.services().get("onboarding").environment().get("ONBOARD_PARTIES"))
                .as("the onboarding job onboards every gateway's party")
                .isEqualTo(gateways.stream()
                        .map(gateway -> gateway.environment().get("COOPHUB_GATEWAY_PARTY"))
                        .collect(Collectors.joining(" ")));
    }

    @Test
    void everyBuiltServiceNamesAnExistingModuleAndDockerfile() {
        assertThat(ComposeChecks.missingModules(COMPOSE)).isEmpty();
    }

    private static List<ComposeFile.Service> apps() {
        return COMPOSE.services().values().stream().filter(AppServices::isApp).toList();
    }
}
