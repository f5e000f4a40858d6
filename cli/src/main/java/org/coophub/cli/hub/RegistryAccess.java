package org.coophub.cli.hub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The schema registry principal's ACLs: its own topic only. It reads {@code _schemas} by {@code
 * assign()}, so it needs no consumer group. Created through the Admin client in one request, as the
 * court (a super user); creating an existing ACL again is a no-op, so every {@code up} does it.
 */
final class RegistryAccess {

    /** The registry's store; same name as {@code Topics.SCHEMAS} in the schemas module. */
    static final String SCHEMAS_TOPIC = "_schemas";

    private static final List<AclOperation> OPERATIONS = List.of(
            AclOperation.READ,
            AclOperation.WRITE,
            AclOperation.DESCRIBE,
            AclOperation.CREATE,
            AclOperation.DESCRIBE_CONFIGS);

    private RegistryAccess() {}

    static List<AclBinding> bindings() {
        var topic = new ResourcePattern(ResourceType.TOPIC, SCHEMAS_TOPIC, PatternType.LITERAL);
        var bindings = new ArrayList<AclBinding>();
        for (AclOperation operation : OPERATIONS) {
            bindings.add(new AclBinding(
                    topic,
                    new AccessControlEntry("User:" + Passwords.REGISTRY, "*", operation, AclPermissionType.ALLOW)));
        }
        return bindings;
    }

    static void grant(HubPorts ports, Passwords passwords, Duration timeout) {
        Map<String, Object> settings =
                new HashMap<>(ClientSettings.kafka(ports.bootstrap(), Passwords.COURT, passwords.court()));
        try (Admin admin = Admin.create(settings)) {
            admin.createAcls(bindings()).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new HubException("kafka: creating the schema registry's ACLs failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException("kafka: interrupted while creating ACLs");
        }
    }
}
