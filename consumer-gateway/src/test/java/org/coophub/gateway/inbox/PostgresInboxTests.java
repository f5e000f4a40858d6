package org.coophub.gateway.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.request.CourtMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations and the idempotent insert on a real PostgreSQL, when CI provides one. */
@EnabledIfEnvironmentVariable(named = "COOPHUB_TEST_POSTGRES_URL", matches = ".+")
class PostgresInboxTests {

    @Test
    void migratesAndStoresEachRevisionOnceOnPostgres() {
        String url = System.getenv("COOPHUB_TEST_POSTGRES_URL");
        String schema =
                "gateway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource admin = new DriverManagerDataSource(url);
        DriverManagerDataSource scoped =
                new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        try {
            Flyway.configure()
                    .dataSource(admin)
                    .schemas(schema)
                    .createSchemas(true)
                    .load()
                    .migrate();
            Inbox inbox = new Inbox(JdbcClient.create(scoped));
            CourtMessage message = SampleMessages.assetFreezingRequest();
            ReceivedRecord received = new ReceivedRecord("coop.FRA.requests", 0, 7, Instant.now(), "ab".repeat(32));

            assertThat(inbox.store(message, message.getRequest(), received)).isTrue();
            assertThat(inbox.store(message, message.getRequest(), received)).isFalse();
            assertThat(inbox.count(message.getRequestId())).isEqualTo(1);
            assertThat(inbox.find(message.getRequestId(), 1))
                    .hasValueSatisfying(
                            entry -> assertThat(entry.storedFrom(received)).isTrue());
        } finally {
            JdbcClient.create(admin)
                    .sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE")
                    .update();
        }
    }
}
