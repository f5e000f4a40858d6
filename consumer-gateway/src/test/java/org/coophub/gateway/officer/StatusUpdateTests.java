package org.coophub.gateway.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coophub.gateway.CourtSide;
import org.coophub.gateway.GatewayIntegrationTest;
import org.coophub.gateway.inbox.Inbox;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.response.NotificationKind;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.RequestStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatusUpdateTests extends GatewayIntegrationTest {

    @Autowired
    OfficerActions actions;

    @Autowired
    Inbox inbox;

    @Test
    void relaysAnOfficersStatusUpdateToTheCourtThroughTheOutbox() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();
        court.dispatch(request);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.find(request.getRequestId(), 1).isPresent());

        String messageId = actions.changeStatus(
                request.getRequestId(),
                new StatusChange(RequestStatus.IN_PROGRESS, "Assigned to a magistrate", null, null));

        List<PartyMessage> responses = court.responsesUntil(message -> messageId.equals(message.getMessageId()));
        PartyMessage update = responses.get(responses.size() - 1);
        assertThat(update.getKind()).isEqualTo(PartyMessageKind.STATUS_UPDATE);
        assertThat(update.getRequestId()).isEqualTo(request.getRequestId());
        assertThat(update.getStatus().getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(update.getStatus().getReasons()).isEqualTo("Assigned to a magistrate");
        assertThat(responses)
                .filteredOn(message -> messageId.equals(message.getMessageId()))
                .hasSize(1);
        assertThat(actions.find(request.getRequestId()).status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void opensAnArticle97ConsultationAndSendsANotification() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();
        court.dispatch(request);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.find(request.getRequestId(), 1).isPresent());

        String consultation = actions.openConsultation(
                request.getRequestId(), new Consultation("The account holder cannot be identified", "art. 97(a)"));
        String notification = actions.notifyCourt(new NotificationForm(
                NotificationKind.CONTACT_WITH_PERSON_SOUGHT, "Person sought seen", "Seen in Lyon", null));

        List<PartyMessage> responses = court.responsesUntil(message -> notification.equals(message.getMessageId()));
        assertThat(responses)
                .filteredOn(message -> consultation.equals(message.getMessageId()))
                .singleElement()
                .satisfies(message ->
                        assertThat(message.getStatus().getStatus()).isEqualTo(RequestStatus.IN_CONSULTATION));
        assertThat(responses.get(responses.size() - 1).getKind()).isEqualTo(PartyMessageKind.NOTIFICATION);
    }

    @Test
    void aWithdrawnRequestShowsAsWithdrawnAndTakesNoMoreReports() {
        CourtSide court = court();
        CourtMessage request = court.newRequest();
        court.dispatch(request);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.find(request.getRequestId(), 1).isPresent());

        court.dispatch(CourtMessage.newBuilder(request)
                .setMessageId(UUID.randomUUID().toString())
                .setKind(CourtMessageKind.WITHDRAWAL)
                .setSentAt(Instant.now())
                .setRequest(null)
                .setNotice(CourtNotice.newBuilder()
                        .setRevision(1)
                        .setText("The Prosecutor has withdrawn the charges")
                        .build())
                .build());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> actions.find(request.getRequestId()).withdrawnAt() != null);
        assertThatThrownBy(() -> actions.changeStatus(
                        request.getRequestId(), new StatusChange(RequestStatus.EXECUTED, null, null, null)))
                .isInstanceOf(WithdrawnRequestException.class)
                .hasMessageContaining("withdrawn by the Court");
        assertThat(actions.find(request.getRequestId()).status()).isEqualTo(RequestStatus.RECEIVED);
    }
}
