package org.coophub.gateway.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.coophub.gateway.CourtSide;
import org.coophub.gateway.GatewayIntegrationTest;
import org.coophub.gateway.inbox.Inbox;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReceiptTests extends GatewayIntegrationTest {

    @Autowired
    Inbox inbox;

    @Autowired
    CrashAfterInboxCommit crash;

    @Test
    void storesARequestAndAcknowledgesItWithTheDigestOfItsBytes() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();

        byte[] bytes = court.dispatch(request);

        List<PartyMessage> responses = court.responsesUntil(receiptFor(request.getRequestId()));
        PartyMessage receipt = responses.get(responses.size() - 1);
        assertThat(receipt.getKind()).isEqualTo(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT);
        assertThat(receipt.getParty()).isEqualTo(PARTY);
        assertThat(receipt.getReceipt().getRevision()).isEqualTo(1);
        assertThat(receipt.getReceipt().getRequestSha256()).isEqualTo(DigestingDeserializer.sha256(bytes));
        assertThat(receipt.getMessageId()).isEqualTo(Receipts.messageId(PARTY, request.getRequestId(), 1));
        assertThat(inbox.find(request.getRequestId(), 1))
                .hasValueSatisfying(
                        entry -> assertThat(entry.valueSha256()).isEqualTo(DigestingDeserializer.sha256(bytes)));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(inbox.find(request.getRequestId(), 1)
                                .orElseThrow()
                                .acknowledgedAt())
                        .isNotNull());
    }

    @Test
    void storesEachRequestOnceWhenDispatchedTwice() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();
        CourtMessage marker = court.newRequest();

        byte[] bytes = court.dispatch(request);
        court.responsesUntil(receiptFor(request.getRequestId()));
        court.dispatchRaw(request.getRequestId(), bytes);
        court.dispatch(marker);

        // one partition: every receipt for the duplicate is committed before the marker's
        List<PartyMessage> responses = court.responsesUntil(receiptFor(marker.getRequestId()));
        assertThat(responses).filteredOn(receiptFor(request.getRequestId())).hasSize(1);
        assertThat(inbox.count(request.getRequestId())).isEqualTo(1);
    }

    @Test
    void acknowledgesExactlyOnceWhenTheListenerDiesBetweenTheDatabaseAndTheKafkaCommit() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();
        CourtMessage marker = court.newRequest();
        crash.arm(request.getRequestId());

        court.dispatch(request);
        court.dispatch(marker);

        List<PartyMessage> responses = court.responsesUntil(receiptFor(marker.getRequestId()));
        assertThat(crash.crashed(request.getRequestId())).isTrue();
        assertThat(responses).filteredOn(receiptFor(request.getRequestId())).hasSize(1);
        assertThat(inbox.count(request.getRequestId())).isEqualTo(1);
    }

    static java.util.function.Predicate<PartyMessage> receiptFor(String requestId) {
        return message -> message.getKind() == PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT
                && requestId.equals(message.getRequestId());
    }
}
