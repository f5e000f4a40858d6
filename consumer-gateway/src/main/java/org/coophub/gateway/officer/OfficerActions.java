package org.coophub.gateway.officer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coophub.gateway.inbox.Inbox;
import org.coophub.gateway.inbox.InboxEntry;
import org.coophub.gateway.inbox.InboxFilter;
import org.coophub.gateway.outbox.Outbox;
import org.coophub.gateway.system.KafkaClientSettings;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.PartyNotification;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Each officer action: the inbox change and its outbox message, in one DB transaction. */
@Service
class OfficerActions {

    private final Inbox inbox;
    private final Outbox outbox;
    private final TransactionTemplate database;
    private final Clock clock;
    private final String party;

    OfficerActions(
            Inbox inbox,
            Outbox outbox,
            TransactionTemplate database,
            ObjectProvider<Clock> clock,
            KafkaClientSettings clients) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.database = database;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.party = clients.party();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    List<InboxEntry> list(InboxFilter filter) {
        return inbox.list(filter, today());
    }

    InboxEntry find(String requestId) {
        return inbox.latest(requestId).orElseThrow(() -> new UnknownRequestException(requestId));
    }

    /** @return the message id of the status update queued for the Court */
    String changeStatus(String requestId, StatusChange change) {
        return report(requestId, change.status(), change.reasons(), change.legalBasis(), change.postponedUntil());
    }

    String openConsultation(String requestId, Consultation consultation) {
        return report(
                requestId,
                RequestStatus.IN_CONSULTATION,
                consultation.grounds(),
                consultation.legalBasisOrDefault(),
                null);
    }

    String notifyCourt(NotificationForm form) {
        Instant now = clock.instant();
        PartyMessage message = PartyMessage.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setParty(party)
                .setKind(PartyMessageKind.NOTIFICATION)
                .setSentAt(now)
                .setNotification(PartyNotification.newBuilder()
                        .setNotificationKind(form.kind())
                        .setSubject(form.subject())
                        .setText(form.text())
                        .setWarrantReference(form.warrantReference())
                        .build())
                .build();
        database.executeWithoutResult(status -> outbox.add(message, now));
        return message.getMessageId();
    }

    private String report(
            String requestId, RequestStatus status, String reasons, String legalBasis, LocalDate postponedUntil) {
        Instant now = clock.instant();
        return database.execute(tx -> {
            InboxEntry entry = find(requestId);
            if (entry.withdrawnAt() != null) {
                throw new WithdrawnRequestException(requestId, entry.withdrawnAt());
            }
            inbox.changeStatus(entry, status, reasons, legalBasis, postponedUntil, now);
            PartyMessage message = PartyMessage.newBuilder()
                    .setMessageId(UUID.randomUUID().toString())
                    .setRequestId(requestId)
                    .setParty(party)
                    .setKind(PartyMessageKind.STATUS_UPDATE)
                    .setSentAt(now)
                    .setStatus(StatusUpdate.newBuilder()
                            .setRevision(entry.revision())
                            .setStatus(status)
                            .setReasons(reasons)
                            .setLegalBasis(legalBasis)
                            .setPostponedUntil(postponedUntil)
                            .build())
                    .build();
            outbox.add(message, now);
            return message.getMessageId();
        });
    }
}
