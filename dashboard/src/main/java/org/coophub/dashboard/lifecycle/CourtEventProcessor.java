package org.coophub.dashboard.lifecycle;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.coophub.schemas.request.CourtMessage;

/**
 * Reduces a court message to its {@link LifecycleEvent} and notes where the record sits on
 * {@code coop.<P>.requests}: after the repartition that place is lost, and the responsiveness
 * figures compare it with the party's gateway's committed offsets.
 */
class CourtEventProcessor implements FixedKeyProcessor<String, CourtMessage, LifecycleEvent> {

    private FixedKeyProcessorContext<String, LifecycleEvent> context;

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
    }
}
