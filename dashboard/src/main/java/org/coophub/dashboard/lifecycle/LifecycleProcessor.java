package org.coophub.dashboard.lifecycle;

import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each message into its request's lifecycle, and keeps the request's figures in step: its
 * old contribution to its {@link FigureCell} retracted, its new one added, its {@link OpenRequest}
 * put or deleted. A message id already in the lifecycle is dropped, so a redelivery or a replay of
 * every topic changes no figure.
 */
class LifecycleProcessor implements Processor<String, LifecycleEvent, Void, Void> {

    private KeyValueStore<String, RequestLifecycle> lifecycles;
    private KeyValueStore<String, OpenRequest> openRequests;
    private KeyValueStore<String, FigureCell> figures;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        lifecycles = context.getStateStore(RequestLifecycles.STORE);
        openRequests = context.getStateStore(RequestLifecycles.OPEN_REQUESTS);
        figures = context.getStateStore(RequestLifecycles.FIGURES);
    }

    @Override
    public void process(Record<String, LifecycleEvent> record) {
        LifecycleEvent event = record.value();
        String requestId = event.requestId();
        RequestLifecycle before = lifecycles.get(requestId);
        RequestLifecycle lifecycle = before != null ? before : RequestLifecycle.empty(requestId);
        if (lifecycle.hasSeen(event.messageId())) {
            return;
        }
        // the record timestamp is the hub's: the producer's for court messages and, on topics with
        // message.timestamp.type=LogAppendTime, the broker's for the party's messages. An imported
        // message's is the time of the import: its occurredAt, the Registry's record, stands instead
        RequestLifecycle after = lifecycle.with(event, event.timeOf(record.timestamp()));
        lifecycles.put(requestId, after);
        updateFigures(Contribution.of(before), Contribution.of(after));
        updateOpen(requestId, OpenRequest.of(before), OpenRequest.of(after));
    }

    private void updateFigures(Contribution before, Contribution after) {
        if (Objects.equals(before, after)) {
            return; // a reminder, a clarification: nothing the figures count changed
        }
        if (before != null && after != null && before.cell().equals(after.cell())) {
            put(before.cell(), cell(before.cell()).with(before, -1).with(after, 1));
            return;
        }
        if (before != null) {
            put(before.cell(), cell(before.cell()).with(before, -1));
        }
        if (after != null) {
            put(after.cell(), cell(after.cell()).with(after, 1));
        }
    }

    private FigureCell cell(String key) {
        FigureCell cell = figures.get(key);
        return cell != null ? cell : FigureCell.EMPTY;
    }

    private void put(String key, FigureCell cell) {
        if (cell.isEmpty()) {
            figures.delete(key);
        } else {
            figures.put(key, cell);
        }
    }

    private void updateOpen(String requestId, OpenRequest before, OpenRequest after) {
        if (after == null) {
            if (before != null) {
                openRequests.delete(requestId);
            }
        } else if (!after.equals(before)) {
            openRequests.put(requestId, after);
        }
    }
}
