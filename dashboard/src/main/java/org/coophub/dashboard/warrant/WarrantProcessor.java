package org.coophub.dashboard.warrant;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.coophub.schemas.warrant.WarrantEvent;

/** Folds each warrant event into its warrant, once per message id. */
class WarrantProcessor implements Processor<String, WarrantEvent, Void, Void> {

    private KeyValueStore<String, WarrantState> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(Warrants.STORE);
    }

    @Override
    public void process(Record<String, WarrantEvent> record) {
        WarrantEvent event = record.value();
        String warrantId = event.getWarrantId();
        WarrantState state = store.get(warrantId);
        if (state == null) {
            state = WarrantState.empty(warrantId);
        }
        if (!state.hasSeen(event.getMessageId())) {
            store.put(warrantId, state.with(event));
        }
    }
}
