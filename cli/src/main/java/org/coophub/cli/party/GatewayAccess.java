package org.coophub.cli.party;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import org.coophub.schemas.Topics;

/**
 * What a party's gateway may do, as ACLs; the broker denies everything else (art. 87(3): a party
 * sees only its own traffic).
 */
final class GatewayAccess {

    private GatewayAccess() {}

    /**
     * {@code gateway-FRA}: the principal and the consumer group; its transactional ids start with
     * {@code gateway-FRA-}. The group is granted literally and the transactional ids by a prefix that
     * ends with the dash, so that a code which begins another ({@code EU}, {@code EUROPOL}) never
     * reaches the other party's group or transactions.
     */
    static String principal(String party) {
        return "gateway-" + party;
    }

    static List<AclBinding> bindings(String party) {
        String user = "User:" + principal(party);
        var bindings = new ArrayList<AclBinding>();
        allow(bindings, user, literalTopic(Topics.requests(party)), AclOperation.READ, AclOperation.DESCRIBE);
        allow(bindings, user, literalTopic(Topics.responses(party)), AclOperation.WRITE, AclOperation.DESCRIBE);
        allow(
                bindings,
                user,
                literalTopic(Topics.requestsDeadLetter(party)),
                AclOperation.WRITE,
                AclOperation.DESCRIBE);
        allow(
                bindings,
                user,
                new ResourcePattern(ResourceType.GROUP, principal(party), PatternType.LITERAL),
                AclOperation.READ);
        allow(
                bindings,
                user,
                new ResourcePattern(ResourceType.TRANSACTIONAL_ID, principal(party) + "-", PatternType.PREFIXED),
                AclOperation.WRITE,
                AclOperation.DESCRIBE);
        return bindings;
    }

    /** Every ACL of the gateway's principal, whatever the resource. */
    static AclBindingFilter everyBindingOf(String party) {
        return new AclBindingFilter(
                ResourcePatternFilter.ANY,
                new AccessControlEntryFilter(
                        "User:" + principal(party), null, AclOperation.ANY, AclPermissionType.ANY));
    }

    private static ResourcePattern literalTopic(String topic) {
        return new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
    }

    private static void allow(
            List<AclBinding> bindings, String user, ResourcePattern resource, AclOperation... operations) {
        for (AclOperation operation : operations) {
            bindings.add(
                    new AclBinding(resource, new AccessControlEntry(user, "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
