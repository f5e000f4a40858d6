package org.coophub.dashboard.lifecycle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.RecordedEvent;
import org.coophub.schemas.response.RequestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reduces a court message to its {@link LifecycleEvent} and notes where the record sits on
 * {@code coop.<P>.requests}: after the repartition that place is lost, and the responsiveness
 * figures compare it with the party's gateway's committed offsets.
 *
 * <p>An imported request also brings what the Registry recorded of it afterwards: each recorded
 * event follows the request's, in order, under the message id {@code <messageId>#<position>}, as
 * the live message would have come (a receipt or a status report from the party, a withdrawal
 * from the court). A recorded event of a kind or status this reader does not know is skipped.
 */
class CourtEventProcessor implements FixedKeyProcessor<String, CourtMessage, LifecycleEvent> {

    private static final Logger log = LoggerFactory.getLogger(CourtEventProcessor.class);

    /** The statuses a gateway reports; UNKNOWN is only a reader's fallback, never a report. */
    private static final Set<String> STATUSES = Stream.of(RequestStatus.values())
            .filter(status -> status != RequestStatus.UNKNOWN)
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private FixedKeyProcessorContext<String, LifecycleEvent> context;
    private long skippedRecordedEvents;

    @Override
    public void init(FixedKeyProcessorContext<String, LifecycleEvent> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, CourtMessage> record) {
        LifecycleEvent event = LifecycleEvent.of(record.value());
        LifecycleEvent placed = context.recordMetadata()
                .filter(metadata -> metadata.partition() >= 0 && metadata.offset() >= 0)
                .map(metadata -> event.at(metadata.partition(), metadata.offset()))
                .orElse(event);
        context.forward(record.withValue(placed));
        if (placed.importedRequest()) {
            forwardRecorded(record, placed, record.value().getImported().getEvents());
        }
    }

    private void forwardRecorded(
            FixedKeyRecord<String, CourtMessage> record, LifecycleEvent request, List<RecordedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            RecordedEvent recorded = events.get(i);
            String kind = recorded.getKind().name();
            String status = recorded.getStatus();
            boolean known = switch (recorded.getKind()) {
                case RECEIPT_ACKNOWLEDGEMENT, WITHDRAWAL -> true;
                case STATUS_UPDATE -> status != null && STATUSES.contains(status);
                default -> false;
            };
            if (!known) {
                skippedRecordedEvents++;
                log.debug(
                        "Skipped recorded event {} of imported request {} (message {}): kind {}, status {};"
                                + " {} skipped so far",
                        i + 1,
                        request.requestId(),
                        request.messageId(),
                        kind,
                        status,
                        skippedRecordedEvents);
                continue;
            }
            context.forward(record.withValue(LifecycleEvent.recorded(
                    request,
                    i + 1,
                    kind,
                    "STATUS_UPDATE".equals(kind) ? status : null,
                    recorded.getOccurredAt().toEpochMilli())));
        }
    }
}
