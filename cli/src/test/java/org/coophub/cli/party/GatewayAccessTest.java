package org.coophub.cli.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class GatewayAccessTest {

    @Test
    void grantsOnlyThePartysOwnTopicsGroupAndTransactionalIds() {
        List<String> grants = GatewayAccess.bindings("FRA").stream()
                .map(GatewayAccessTest::describe)
                .toList();

        assertThat(grants)
                .containsExactlyInAnyOrder(
                        "TOPIC LITERAL coop.FRA.requests READ",
                        "TOPIC LITERAL coop.FRA.requests DESCRIBE",
                        "TOPIC LITERAL coop.FRA.responses WRITE",
                        "TOPIC LITERAL coop.FRA.responses DESCRIBE",
                        "TOPIC LITERAL coop.FRA.requests-dlt WRITE",
                        "TOPIC LITERAL coop.FRA.requests-dlt DESCRIBE",
                        "GROUP LITERAL gateway-FRA READ",
                        "TRANSACTIONAL_ID PREFIXED gateway-FRA- WRITE",
                        "TRANSACTIONAL_ID PREFIXED gateway-FRA- DESCRIBE");
    }

    @Test
    void aCodeThatBeginsAnotherReachesNeitherItsGroupNorItsTransactions() {
        List<AclBinding> eu = GatewayAccess.bindings("EU");

        assertThat(eu).noneMatch(binding -> covers(binding, ResourceType.GROUP, "gateway-EUROPOL"));
        assertThat(eu).noneMatch(binding -> covers(binding, ResourceType.TRANSACTIONAL_ID, "gateway-EUROPOL-0"));
        assertThat(eu).anyMatch(binding -> covers(binding, ResourceType.GROUP, "gateway-EU"));
        assertThat(eu).anyMatch(binding -> covers(binding, ResourceType.TRANSACTIONAL_ID, "gateway-EU-0"));
    }

    private static boolean covers(AclBinding binding, ResourceType type, String name) {
        var pattern = binding.pattern();
        if (pattern.resourceType() != type) {
            return false;
        }
        return pattern.patternType() == PatternType.LITERAL
                ? pattern.name().equals(name)
                : name.startsWith(pattern.name());
    }

    @Test
    void everyGrantIsForTheGatewayPrincipal() {
        assertThat(GatewayAccess.bindings("SEN"))
                .allSatisfy(binding -> assertThat(binding.entry().principal()).isEqualTo("User:gateway-SEN"));
    }

    @Test
    void theRevocationFilterMatchesEveryGrantOfThatPartyOnly() {
        var filter = GatewayAccess.everyBindingOf("FRA");

        assertThat(GatewayAccess.bindings("FRA")).allMatch(filter::matches);
        assertThat(GatewayAccess.bindings("DEU")).noneMatch(filter::matches);
    }

    private static String describe(AclBinding binding) {
        var pattern = binding.pattern();
        ResourceType type = pattern.resourceType();
        PatternType patternType = pattern.patternType();
        AclOperation operation = binding.entry().operation();
        return type + " " + patternType + " " + pattern.name() + " " + operation;
    }
}
