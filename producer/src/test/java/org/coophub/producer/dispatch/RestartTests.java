package org.coophub.producer.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coophub.producer.CommittedReader;
import org.coophub.producer.HubFixtures;
import org.coophub.producer.Parties;
import org.coophub.producer.ProducerApplication;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.coophub.producer.system.RequestConflict;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.CourtMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** The dispatch record is a file database: idempotency and pending dispatches survive a restart. */
class RestartTests {

    @TempDir
    Path dir;

    @Test
    void retryAfterARestartReplaysTheOriginalAnswerAndTheRequestGoesOutOnce() {
        String id = "ICC-REQ-R-" + UUID.randomUUID().toString().substring(0, 8);
        JsonMapper json = new JsonMapper();
        RequestForm form = json.readValue(Requests.assetFreezing(id, "FRA", "fr"), RequestForm.class);
        RequestForm other = json.readValue(Requests.assetFreezing(id, "FRA", "en"), RequestForm.class);

        DispatchResult original;
        try (ConfigurableApplicationContext first = start()) {
            Dispatcher.Outcome outcome = first.getBean(Dispatcher.class).dispatch(form);
            assertThat(outcome.created()).isTrue();
            original = outcome.result();
        }

        try (ConfigurableApplicationContext second = start()) {
            Dispatcher dispatcher = second.getBean(Dispatcher.class);
            Dispatcher.Outcome replay = dispatcher.dispatch(form);
            assertThat(replay.created()).isFalse();
            assertThat(replay.result()).isEqualTo(original);
            assertThatThrownBy(() -> dispatcher.dispatch(other)).isInstanceOf(RequestConflict.class);

            CommittedReader reader = second.getBean(CommittedReader.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<CourtMessage> sent = reader.about(Topics.requests("FRA"), id);
                // at least once, and a resend after a crash carries the same message id
                assertThat(sent)
                        .isNotEmpty()
                        .allSatisfy(
                                message -> assertThat(message.getMessageId()).isEqualTo(original.messageId()));
            });
        }
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        ProducerApplication.class, HubFixtures.class)
                .properties(
                        "spring.main.web-application-type=none",
                        "spring.kafka.bootstrap-servers=" + System.getProperty("spring.embedded.kafka.brokers"),
                        "spring.datasource.url=jdbc:h2:file:"
                                + dir.resolve("dispatch").toAbsolutePath(),
                        "coophub.producer.relay-interval=50ms")
                .run();
        context.getBean(Directory.class).apply("FRA", Parties.profile("FRA", true, List.of("fr")));
        return context;
    }
}
