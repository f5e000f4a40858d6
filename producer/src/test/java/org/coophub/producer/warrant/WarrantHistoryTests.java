package org.coophub.producer.warrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coophub.producer.CommittedReader;
import org.coophub.producer.HubTest;
import org.coophub.schemas.Topics;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A warrant's history of the past, recorded with the times it happened (the seeded scenario). */
@HubTest
class WarrantHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommittedReader reader;

    @Test
    void warrantOfThePastKeepsTheTimesItsEventsHappened() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String warrant = "ICC-02/05-01/09-" + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post("/warrants").contentType(MediaType.APPLICATION_JSON).content("""
                                {"warrantId": "%s", "personReference": "P-0001", "personName": "Jean Exemple",
                                 "situation": "ICC-02/05", "caseReference": "ICC-02/05-01/09", "underSeal": false,
                                 "issuedAt": "2009-03-04T10:00:00Z"}
                                """.formatted(warrant)))
                .andExpect(status().isCreated());
        for (String event : List.of(
                "{\"kind\": \"PERSON_ARRESTED\", \"occurredAt\": \"2012-05-02T08:00:00Z\", \"party\": \"FRA\"}",
                "{\"kind\": \"PERSON_SURRENDERED\", \"occurredAt\": \"2012-06-10T08:00:00Z\", \"party\": \"FRA\"}",
                "{\"kind\": \"PERSON_DECEASED\", \"occurredAt\": \"2015-01-20T00:00:00Z\"}",
                "{\"kind\": \"WARRANT_WITHDRAWN\", \"occurredAt\": \"2015-02-01T00:00:00Z\","
                        + " \"note\": \"proceedings terminated\"}")) {
            mvc.perform(post("/warrants/{id}/events", warrant)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(event))
                    .andExpect(status().isCreated());
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<WarrantEvent> events = reader.<WarrantEvent>readAll(Topics.COURT_WARRANTS).stream()
                    .filter(r -> r.key().equals(warrant))
                    .map(ConsumerRecord::value)
                    .toList();
            assertThat(events)
                    .extracting(WarrantEvent::getKind, WarrantEvent::getOccurredAt)
                    .containsExactly(
                            tuple(WarrantEventKind.ISSUED, Instant.parse("2009-03-04T10:00:00Z")),
                            tuple(WarrantEventKind.PERSON_ARRESTED, Instant.parse("2012-05-02T08:00:00Z")),
                            tuple(WarrantEventKind.PERSON_SURRENDERED, Instant.parse("2012-06-10T08:00:00Z")),
                            tuple(WarrantEventKind.PERSON_DECEASED, Instant.parse("2015-01-20T00:00:00Z")),
                            tuple(WarrantEventKind.WARRANT_WITHDRAWN, Instant.parse("2015-02-01T00:00:00Z")));
            // recorded now, by the hub's clock
            assertThat(events)
                    .allSatisfy(event -> assertThat(event.getRecordedAt()).isAfter(before));
        });
    }
}
