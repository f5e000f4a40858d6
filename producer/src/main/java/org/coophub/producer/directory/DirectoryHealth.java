package org.coophub.producer.directory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service until the directory has been read to its end: before that every request would be
 * refused as addressed to an unknown party, so the launcher and load balancers must not send any.
 */
@Component
class DirectoryHealth implements HealthIndicator {

    private final Directory directory;

    DirectoryHealth(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Health health() {
        if (!directory.loaded()) {
            return Health.outOfService()
                    .withDetail("reason", "still reading the directory topic")
                    .withDetail("parties", directory.size())
                    .build();
        }
        return Health.up().withDetail("parties", directory.size()).build();
    }
}
