package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs' bookkeeping, with idle JVMs standing in for Kafka and the registry. */
class HubTest {

    @TempDir
    Path home;

    HubLayout layout;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Hub hub;

    @BeforeEach
    void setUp() {
        layout = TestHomes.withPlaceholderJars(home);
        hub = new Hub(layout, new PrintStream(out, true), new PrintStream(err, true));
    }

    @AfterEach
    void stopLeftovers() {
        hub.stopAll(new PrintStream(PrintStream.nullOutputStream()));
    }

    @Test
    void downStopsRegistryAndKafkaAndRemovesTheirFiles() throws Exception {
        Process kafka = IdleChild.launch(layout, Component.KAFKA);
        Process registry = IdleChild.launch(layout, Component.REGISTRY);
        Files.writeString(layout.stackFile(), "{}");

        assertThat(hub.down()).isZero();

        // down waited on the pid's exit; the Process object learns of it from the JDK's reaper a moment later
        assertThat(kafka.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(registry.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(layout.pidFile(Component.KAFKA)).doesNotExist();
        assertThat(layout.pidFile(Component.REGISTRY)).doesNotExist();
        assertThat(layout.stackFile()).doesNotExist();
        assertThat(text(out)).containsSubsequence("schema-registry: stopping", "kafka: stopping");
    }

    @Test
    void downSucceedsWhenNothingRuns() {
        assertThat(hub.down()).isZero();
        assertThat(text(out)).contains("CoopHub is not running.");
    }

    @Test
    void upSaysSoAndSucceedsWhenEverythingAlreadyRuns() {
        IdleChild.launch(layout, Component.KAFKA);
        IdleChild.launch(layout, Component.REGISTRY);

        int exit = hub.up(new UpOptions(TestHomes.freePorts(), true, true));

        assertThat(exit).isZero();
        assertThat(text(out)).startsWith("CoopHub is already running (kafka pid");
    }

    @Test
    void upRefusesWhenOnlyPartlyRunning() {
        IdleChild.launch(layout, Component.KAFKA);

        assertThatThrownBy(() -> hub.up(new UpOptions(TestHomes.freePorts(), true, true)))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("only partly running")
                .hasMessageContaining("./coophub down");
    }

    @Test
    void upRemovesAStalePidFileWithANoticeAndGoesOn() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        PidFile.of(layout, Component.KAFKA).write(gone.pid());
        Files.createDirectories(layout.kafkaData());
        Files.writeString(layout.kafkaData().resolve("foreign.log"), "x");

        // goes on past the stale pid file and stops at the next check, the foreign data directory
        assertThatThrownBy(() -> hub.up(new UpOptions(TestHomes.freePorts(), true, true)))
                .hasMessageContaining("meta.properties is missing");
        assertThat(text(err)).contains("removed stale pid file", "is gone");
        assertThat(layout.pidFile(Component.KAFKA)).doesNotExist();
    }

    @Test
    void upRefusesWhenTheRegistryJarIsMissing() throws Exception {
        Files.delete(layout.registryJar());

        assertThatThrownBy(() -> hub.up(new UpOptions(TestHomes.freePorts(), true, true)))
                .hasMessageStartingWith("the schema registry jar is missing");
    }

    @Test
    void statusFailsWhenNothingRunsAndSucceedsWhenEverythingDoes() {
        assertThat(hub.status()).isNotZero();

        IdleChild.launch(layout, Component.KAFKA);
        IdleChild.launch(layout, Component.REGISTRY);

        assertThat(hub.status()).isZero();
        assertThat(text(out)).containsPattern("kafka +running +pid \\d+").contains("RSS");
    }

    @Test
    void resetRefusesWhileRunningAndOtherwiseWipesTheWholeStateDirectory() throws Exception {
        Process kafka = IdleChild.launch(layout, Component.KAFKA);
        Files.createDirectories(layout.kafkaData());
        assertThatThrownBy(() -> hub.reset(ResetConfirmation.assumeYes())).hasMessageContaining("./coophub down");

        ChildProcesses.stop(kafka.toHandle(), Hub.STOP_GRACE);
        assertThat(hub.reset(ResetConfirmation.assumeYes())).isZero();
        assertThat(layout.kafkaDir()).doesNotExist();
        assertThat(layout.state()).doesNotExist();
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    @Test
    void upRefusesWhenAnAppJarIsMissingNamingItAndTheBuild() {
        var apps = new AppOptions(null, List.of("FRA"), true, 8080, 8091);

        assertThatThrownBy(() -> hub.up(new UpOptions(TestHomes.freePorts(), true, true, apps)))
                .isInstanceOf(HubException.class)
                .hasMessageStartingWith("the producer jar is missing")
                .hasMessageContaining("./mvnw -B -DskipTests package");
    }

    @Test
    void upRefusesWhenTheDashboardJarIsMissingNamingItAndTheBuild() throws Exception {
        Files.createDirectories(layout.producerJar().getParent());
        Files.createFile(layout.producerJar());
        Files.createDirectories(layout.gatewayJar().getParent());
        Files.createFile(layout.gatewayJar());
        var apps = new AppOptions(null, List.of("FRA"), true, 8080, 8091);

        assertThatThrownBy(() -> hub.up(new UpOptions(TestHomes.freePorts(), true, true, apps)))
                .isInstanceOf(HubException.class)
                .hasMessageStartingWith("the dashboard jar is missing")
                .hasMessageContaining("dashboard/target/coophub-dashboard.jar")
                .hasMessageContaining("./mvnw -B -DskipTests package");
    }

    @Test
    void statusShowsTheDashboardLastAndExpectsItOnlyWhenItWasStarted() throws Exception {
        IdleChild.launch(layout, Component.KAFKA);
        IdleChild.launch(layout, Component.REGISTRY);
        assertThat(hub.status()).isZero();
        assertThat(text(out)).containsPattern("dashboard +not started");

        PrivateFiles.writeProperties(layout.portsFile(), "test", java.util.Map.of("kafka", "1", "dashboard", "8088"));
        out.reset();
        assertThat(hub.status()).isNotZero();
        assertThat(text(out)).containsPattern("dashboard +stopped");

        IdleChild.launch(layout, Component.DASHBOARD);
        out.reset();
        assertThat(hub.status()).isZero();
        assertThat(text(out))
                .containsPattern("dashboard +running +pid \\d+ +port 8088 .*RSS \\d+ MB")
                .containsSubsequence("kafka", "schema-registry", "producer", "dashboard");
    }

    @Test
    void downStopsTheDashboardFirstThenGatewaysAndProducerBeforeTheRegistryAndKafka() throws Exception {
        IdleChild.launch(layout, Component.KAFKA);
        IdleChild.launch(layout, Component.REGISTRY);
        IdleChild.launch(layout, Component.PRODUCER);
        IdleChild.launch(layout, Component.gateway("FRA"));
        IdleChild.launch(layout, Component.DASHBOARD);

        assertThat(hub.down()).isZero();

        String stopped = out.toString(StandardCharsets.UTF_8);
        assertThat(stopped.indexOf("dashboard: stopped"))
                .isPositive()
                .isLessThan(stopped.indexOf("gateway-FRA: stopping"));
        assertThat(layout.pidFile(Component.DASHBOARD)).doesNotExist();
        assertThat(stopped.indexOf("gateway-FRA: stopped"))
                .isPositive()
                .isLessThan(stopped.indexOf("producer: stopped"));
        assertThat(stopped.indexOf("producer: stopped")).isLessThan(stopped.indexOf("schema-registry: stopped"));
        assertThat(stopped.indexOf("schema-registry: stopped")).isLessThan(stopped.indexOf("kafka: stopped"));
        assertThat(layout.pidFile(Component.gateway("FRA"))).doesNotExist();
        assertThat(layout.pidFile(Component.PRODUCER)).doesNotExist();
    }
}
