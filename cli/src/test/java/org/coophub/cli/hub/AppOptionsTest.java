package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coophub.cli.directory.AsOf;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void givesEachPartyTheNextGatewayPort() {
        var apps = new AppOptions(AsOf.BUREAU_REPORT, AppOptions.DEFAULT_PARTIES, true, 8080, 8091);

        assertThat(apps.gatewayPort("FRA")).isEqualTo(8091);
        assertThat(apps.gatewayPort("ARG")).isEqualTo(8092);
        assertThat(apps.gatewayPort("SEN")).isEqualTo(8093);
    }

    @Test
    void refusesSomethingThatIsNoPartyCode() {
        assertThatThrownBy(() -> new AppOptions(null, List.of("fra"), false, 0, 0))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("not a party code");
    }

    @Test
    void theAppsNeedTheRegistry() {
        var apps = new AppOptions(null, List.of("FRA"), true, 8080, 8091);

        assertThatThrownBy(() -> new UpOptions(HubPorts.DEFAULTS, false, true, apps))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("--no-apps");
    }

    @Test
    void runsTheDashboardOnItsDefaultPortWithTheApps() {
        var apps = new AppOptions(AsOf.BUREAU_REPORT, AppOptions.DEFAULT_PARTIES, true, 8080, 8091);

        assertThat(apps.dashboardPort())
                .isEqualTo(AppOptions.DEFAULT_DASHBOARD_PORT)
                .isEqualTo(8088);
        assertThat(apps.runDashboard()).isTrue();
    }

    @Test
    void noAppsMeansNoDashboard() {
        assertThat(new AppOptions(null, List.of("FRA"), false, 0, 0).runDashboard())
                .isFalse();
        assertThat(AppOptions.NONE.runDashboard()).isFalse();
    }

    @Test
    void theAppsMayRunWithoutTheDashboard() {
        var apps = new AppOptions(null, List.of("FRA"), true, 8080, 8091, AppOptions.NO_DASHBOARD);

        assertThat(apps.runApps()).isTrue();
        assertThat(apps.runDashboard()).isFalse();
    }

    @Test
    void refusesAnInvalidDashboardPort() {
        assertThatThrownBy(() -> new AppOptions(null, List.of("FRA"), true, 8080, 8091, 70000))
                .isInstanceOf(HubException.class)
                .hasMessageContaining("70000");
    }
}
