package org.coophub.producer.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.coophub.producer.HubTest;
import org.coophub.producer.Parties;
import org.coophub.producer.Requests;
import org.coophub.producer.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How long the seeded scenario's backfill takes on the producer side: 1,500 imported requests in
 * one {@code POST /requests/batch}, until the answer is complete and until every one is committed
 * to Kafka. Prints the figures; asserts only that everything went out, never a time.
 */
@HubTest
class BatchThroughputTests {

    static final int REQUESTS = 1_500;

    @Autowired
    MockMvc mvc;

    @Autowired
    Parties parties;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void partiesInTheDirectory() throws Exception {
        parties.ensurePublished(directory);
    }

    @Test
    void fifteenHundredImportedRequestsAreAnsweredAndSent() throws Exception {
        String prefix = "ICC-REQ-P-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> addressees = List.of("FRA:fr", "DEU:en", "ARG:es");
        StringJoiner body = new StringJoiner(",", "[", "]");
        for (int i = 0; i < REQUESTS; i++) {
            String[] party = addressees.get(i % addressees.size()).split(":");
            body.add(Requests.imported(prefix + i, party[0], party[1]));
        }

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        MvcResult started = mvc.perform(post("/requests/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(request().asyncStarted())
                .andReturn();
        started.getAsyncResult(Duration.ofSeconds(120).toMillis());
        List<String> lines = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .lines()
                .toList();
        long answered = System.nanoTime();
        long cpuAnswered = os.getProcessCpuTime();
        assertThat(lines).hasSize(REQUESTS).allSatisfy(line -> assertThat(line).contains("\"status\":201"));

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent(prefix) == REQUESTS);
        long allSent = System.nanoTime();
        // the JVM's CPU time (this service and the embedded broker) tells the work apart from the
        // waiting on a machine shared with other builds
        System.out.printf(
                "BATCH THROUGHPUT: %d imported requests: answered in %d ms, all committed to Kafka after %d ms;"
                        + " JVM CPU time %d ms to the answer, %d ms in all (%d cores, load average %.1f)%n",
                REQUESTS,
                (answered - start) / 1_000_000,
                (allSent - start) / 1_000_000,
                (cpuAnswered - cpuStart) / 1_000_000,
                (os.getProcessCpuTime() - cpuStart) / 1_000_000,
                os.getAvailableProcessors(),
                os.getSystemLoadAverage());
    }

    private long sent(String prefix) {
        return jdbc.sql("select count(*) from outbox o join cooperation_request r on o.message_id = r.message_id"
                        + " where r.request_id like ? and o.sent_at is not null")
                .param(prefix + "%")
                .query(Long.class)
                .single();
    }
}
