package org.coophub.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same migrations on the embedded default, an H2 file database. */
class H2InboxTests {

    private final Inbox inbox = migrated("jdbc:h2:file:./target/h2/unit-" + UUID.randomUUID());

    @Test
    void storesEachRevisionOnce() {
        CourtMessage message = SampleMessages.assetFreezingRequest();
        ReceivedRecord received = new ReceivedRecord("coop.FRA.requests", 0, 7, Instant.now(), "ab".repeat(32));

        assertThat(inbox.store(message, message.getRequest(), received)).isTrue();
        assertThat(inbox.store(message, message.getRequest(), received)).isFalse();

        assertThat(inbox.count(message.getRequestId())).isEqualTo(1);
    }

    @Test
    void filtersByStatusTypeAndOverdue() {
        CourtMessage message = SampleMessages.assetFreezingRequest(); // due 2017-12-15
        inbox.store(message, message.getRequest(), new ReceivedRecord("t", 0, 1, Instant.now(), "cd".repeat(32)));
        LocalDate after = LocalDate.parse("2018-01-01");

        assertThat(inbox.list(new InboxFilter(null, null, true), after)).hasSize(1);
        assertThat(inbox.list(new InboxFilter(RequestStatus.IN_PROGRESS, null, null), after))
                .isEmpty();
        assertThat(inbox.list(new InboxFilter(null, RequestType.ARREST_AND_SURRENDER, null), after))
                .isEmpty();
        assertThat(inbox.list(new InboxFilter(null, null, true), LocalDate.parse("2017-12-01")))
                .isEmpty();
    }

    private static Inbox migrated(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new Inbox(JdbcClient.create(dataSource));
    }
}
