package org.coophub.registry.store;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Up while the schemas topic has been read to its end and the reader still follows it. */
@Component("schemasStore")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final KafkaStore store;

    StoreHealthIndicator(KafkaStore store) {
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (store.isReady()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
