package org.coophub.dashboard.lifecycle;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each message into its request's lifecycle. A message id already in the lifecycle is
 * dropped, so a redelivery or a replay of every topic changes no figure.
 */
class LifecycleProcessor implements Processor<String, LifecycleEvent, Void, Void> {

    private KeyValueStore<String, RequestLifecycle> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(RequestLifecycles.STORE);
    }

    @Override
    public void process(Record<String, LifecycleEvent> record) {
        LifecycleEvent event = record.value();
        String requestId = event.requestId();
        RequestLifecycle lifecycle = store.get(requestId);
        if (lifecycle == null) {
            lifecycle = RequestLifecycle.empty(requestId);
        }
        if (lifecycle.hasSeen(event.messageId())) {
            return;
        }
        // the record timestamp is the hub's: the producer's for court messages and, on topics with
        // message.timestamp.type=LogAppendTime, the broker's for the party's messages
        store.put(requestId, lifecycle.with(event, record.timestamp()));
    }
}
