package org.coophub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coophub.dashboard.Hub.NOW;
import static org.coophub.dashboard.Hub.T0;
import static org.coophub.dashboard.Hub.TODAY;
import static org.coophub.dashboard.Hub.receipt;
import static org.coophub.dashboard.Hub.request;
import static org.coophub.dashboard.Hub.status;
import static org.coophub.dashboard.Hub.warrant;
import static org.coophub.dashboard.Hub.withdrawal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.dashboard.summary.OutstandingWarrant;
import org.coophub.dashboard.summary.RequestView;
import org.coophub.dashboard.summary.Summary;
import org.coophub.schemas.SampleMessages;
import org.coophub.schemas.directory.AgreementKind;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.directory.VoluntaryAgreement;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.warrant.WarrantEventKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardTopologyTest {

    private final Hub hub = new Hub();

    @AfterEach
    void close() {
        hub.close();
    }

    private static Instant hours(long h) {
        return T0.plus(Duration.ofHours(h));
    }

    @Test
    void countsEachRequestOnceWhenItsMessagesAreRedelivered() {
        List<Piped> messages = List.of(
                request("R1", "FRA", T0, TODAY.plusDays(10)),
                receipt("R1", "FRA", hours(2), hours(2)),
                status("R1", "FRA", RequestStatus.IN_PROGRESS, hours(30)));
        hub.pipe(messages);
        hub.pipe(messages);

        Summary summary = hub.figures.summary();
        assertThat(summary.requests()).isEqualTo(1);
        assertThat(summary.openRequests()).isEqualTo(1);
        assertThat(summary.acknowledgedRequests()).isEqualTo(1);
        assertThat(summary.medianHoursToAcknowledge()).isEqualTo(2.0);
        assertThat(hub.figures.request("R1").orElseThrow().timeline()).hasSize(3);
    }

    @Test
    void timesTheAcknowledgementByTheHubNotByThePartysClock() {
        // the party's clock is five days slow; the hub appended its receipt three hours after dispatch
        hub.pipe(List.of(request("R1", "FRA", T0, null), receipt("R1", "FRA", hours(3), T0.minus(Duration.ofDays(5)))));

        RequestView view = hub.figures.request("R1").orElseThrow();
        assertThat(view.dispatchedAt()).isEqualTo(T0);
        assertThat(view.acknowledgedAt()).isEqualTo(hours(3));
        assertThat(hub.figures.summary().medianHoursToAcknowledge()).isEqualTo(3.0);
        assertThat(hub.figures.summary().implausibleDurations()).isZero();
    }

    @Test
    void foldsAReceiptBeforeItsRequestAndAStatusBeforeTheReceipt() {
        hub.pipe(List.of(
                status("R1", "FRA", RequestStatus.EXECUTED, hours(48)),
                status("R1", "FRA", RequestStatus.IN_PROGRESS, hours(24)),
                receipt("R1", "FRA", hours(1), hours(1))));
        assertThat(hub.figures.summary().requests())
                .as("not dispatched yet as far as the hub knows")
                .isZero();

        hub.pipe(List.of(request("R1", "FRA", T0, TODAY.minusDays(1))));

        RequestView view = hub.figures.request("R1").orElseThrow();
        assertThat(view.status()).as("the latest report by hub time wins").isEqualTo("EXECUTED");
        assertThat(view.open()).isFalse();
        assertThat(view.timeline())
                .extracting(RequestView.Event::kind)
                .containsExactly("REQUEST", "RECEIPT_ACKNOWLEDGEMENT", "STATUS_UPDATE", "STATUS_UPDATE");
        Summary summary = hub.figures.summary();
        assertThat(summary.medianHoursToAcknowledge()).isEqualTo(1.0);
        assertThat(summary.medianDaysToExecute()).isEqualTo(2.0);
        assertThat(summary.executedRequests()).isEqualTo(1);
        assertThat(summary.overdueRequests()).as("executed, so not overdue").isZero();
    }

    @Test
    void replayingEveryTopicChangesNoFigure() {
        List<Piped> history = new ArrayList<>(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                request("R1", "FRA", T0, TODAY.minusDays(3)),
                request("R2", "DEU", hours(1), TODAY.plusDays(3)),
                receipt("R1", "FRA", hours(5), hours(5)),
                receipt("R2", "DEU", hours(3), hours(3)),
                status("R2", "DEU", RequestStatus.EXECUTED, hours(24 * 4 + 1)),
                warrant("W1", "w1-issued", WarrantEventKind.ISSUED, T0, null),
                warrant("W2", "w2-issued", WarrantEventKind.ISSUED, T0, null),
                warrant("W2", "w2-arrested", WarrantEventKind.PERSON_ARRESTED, hours(10), "FRA")));
        hub.pipe(history);
        Summary first = hub.figures.summary();
        var overdue = hub.figures.overdue();
        var warrants = hub.figures.outstandingWarrants();

        hub.pipe(history);

        assertThat(hub.figures.summary()).isEqualTo(first);
        assertThat(hub.figures.overdue()).isEqualTo(overdue);
        assertThat(hub.figures.outstandingWarrants()).isEqualTo(warrants);
        assertThat(first.requests()).isEqualTo(2);
        assertThat(first.openRequests()).isEqualTo(1);
        assertThat(first.overdueRequests()).isEqualTo(1);
        assertThat(first.outstandingWarrants()).isEqualTo(1);
        assertThat(first.medianHoursToAcknowledge()).isEqualTo(3.5);
        assertThat(first.medianDaysToExecute()).isEqualTo(4.0);
        assertThat(first.parties()).isEqualTo(1);
    }

    @Test
    void countsAsOverdueOnlyOpenRequestsPastTheirDueDate() {
        hub.pipe(List.of(
                request("LATE", "FRA", T0, TODAY.minusDays(3)),
                request("DONE", "FRA", T0, TODAY.minusDays(3)),
                status("DONE", "FRA", RequestStatus.REFUSED, hours(5)),
                request("GONE", "FRA", T0, TODAY.minusDays(3)),
                withdrawal("GONE", "FRA", hours(6)),
                request("ONTIME", "FRA", T0, TODAY.plusDays(5)),
                request("NODATE", "FRA", T0, null)));

        Summary summary = hub.figures.summary();
        assertThat(summary.openRequests()).isEqualTo(3);
        assertThat(summary.overdueRequests()).isEqualTo(1);
        assertThat(hub.figures.overdue()).singleElement().satisfies(row -> {
            assertThat(row.requestId()).isEqualTo("LATE");
            assertThat(row.daysOverdue()).isEqualTo(3);
            assertThat(row.dueBy()).isEqualTo(TODAY.minusDays(3));
        });
        assertThat(hub.figures.request("GONE").orElseThrow().status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void flagsANegativeDurationInsteadOfAveragingIt() {
        hub.pipe(List.of(
                request("R1", "FRA", T0, null),
                receipt("R1", "FRA", T0.minus(Duration.ofHours(1)), T0),
                request("R2", "FRA", T0, null),
                receipt("R2", "FRA", hours(4), hours(4)),
                request("R3", "FRA", T0, null),
                status("R3", "FRA", RequestStatus.EXECUTED, T0.plus(Duration.ofDays(9000)))));

        Summary summary = hub.figures.summary();
        assertThat(summary.acknowledgedRequests()).isEqualTo(1);
        assertThat(summary.medianHoursToAcknowledge()).isEqualTo(4.0);
        assertThat(summary.executedRequests()).isZero();
        assertThat(summary.medianDaysToExecute()).isZero();
        assertThat(summary.implausibleDurations()).isEqualTo(2);
    }

    @Test
    void readsThePartyOnboardedAfterTheStart() {
        hub.pipe(List.of(request("R1", "FRA", T0, null)));
        hub.pipe(List.of(request("R9", "ARG", hours(1), null), receipt("R9", "ARG", hours(2), hours(2))));

        assertThat(hub.figures.summary().requests()).isEqualTo(2);
        assertThat(hub.figures.request("R9").orElseThrow().party()).isEqualTo("ARG");
    }

    @Test
    void neverShowsTheContentOfARequestUnderSeal() {
        Piped sealed = request("SEALED", "FRA", T0, null);
        Piped open = request("PUBLIC", "FRA", T0, null);
        CourtMessage publicMessage = (CourtMessage) open.value();
        publicMessage.getRequest().setConfidentiality(Confidentiality.PUBLIC);
        hub.pipe(List.of(sealed, open));

        RequestView view = hub.figures.request("SEALED").orElseThrow();
        assertThat(view.underSeal()).isTrue();
        assertThat(view.requestType()).isNull();
        assertThat(hub.figures.request("PUBLIC").orElseThrow().requestType())
                .isEqualTo("ASSISTANCE_ASSETS_TRACING_AND_FREEZING");
        assertThat(hub.figures.summary().openRequests()).isEqualTo(2);
    }

    @Test
    void countsWarrantsOutstandingUntilThePersonIsInCustody() {
        Instant issued = NOW.minus(Duration.ofDays(100));
        hub.pipe(List.of(
                warrant("W1", "w1-issued", WarrantEventKind.ISSUED, issued, null),
                warrant("W1", "w1-issued", WarrantEventKind.ISSUED, issued, null),
                warrant("W1", "w1-to-fra", WarrantEventKind.TRANSMITTED_TO_PARTY, issued.plusSeconds(60), "FRA"),
                warrant("W1", "w1-to-deu", WarrantEventKind.TRANSMITTED_TO_PARTY, issued.plusSeconds(120), "DEU"),
                warrant("W2", "w2-issued", WarrantEventKind.ISSUED, issued, null),
                // the arrest is recorded before the issue arrives: out of order, still not outstanding
                warrant("W3", "w3-arrested", WarrantEventKind.PERSON_ARRESTED, issued.plusSeconds(3600), "FRA"),
                warrant("W3", "w3-issued", WarrantEventKind.ISSUED, issued, null)));

        assertThat(hub.figures.summary().outstandingWarrants()).isEqualTo(2);
        List<OutstandingWarrant> rows = hub.figures.outstandingWarrants();
        assertThat(rows).extracting(OutstandingWarrant::warrantId).containsExactly("W1", "W2");
        OutstandingWarrant w1 = rows.get(0);
        assertThat(w1.daysSinceIssue()).isEqualTo(100);
        assertThat(w1.partiesAsked()).containsExactly("DEU", "FRA");
        assertThat(w1.lastEvent()).isEqualTo("TRANSMITTED_TO_PARTY");
        assertThat(w1.underSeal()).isTrue();
        assertThat(w1.personName()).isNull();
    }

    @Test
    void groupsActiveStatesPartiesByRegionalGroupAndCountsAgreementsByKind() {
        hub.pipe(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                Hub.profile(state("DEU", RegionalGroup.WEOG, true, AgreementKind.WITNESS_RELOCATION)),
                Hub.profile(state("KEN", RegionalGroup.AFRICAN, true, AgreementKind.ENFORCEMENT_OF_SENTENCES)),
                Hub.profile(state("BDI", RegionalGroup.AFRICAN, false)),
                Hub.profile(PartyProfile.newBuilder(state("EU", null, true))
                        .setKind(PartyKind.ORGANISATION)
                        .build())));

        Summary summary = hub.figures.summary();
        assertThat(summary.parties())
                .as("active States Parties and the other parties")
                .isEqualTo(4);
        assertThat(summary.statesPartiesByRegionalGroup()).isEqualTo(Map.of("WEOG", 2L, "AFRICAN", 1L));
        assertThat(summary.agreementsByKind())
                .isEqualTo(Map.of("ENFORCEMENT_OF_SENTENCES", 2L, "WITNESS_RELOCATION", 1L));

        hub.removeFromDirectory("DEU");

        assertThat(hub.figures.summary().parties()).isEqualTo(3);
        assertThat(hub.figures.party("DEU")).isEmpty();
    }

    @Test
    void givesAPartyItsOwnFigures() {
        hub.pipe(List.of(
                Hub.profile(SampleMessages.franceProfile()),
                request("R1", "FRA", T0, TODAY.minusDays(1)),
                receipt("R1", "FRA", hours(6), hours(6)),
                request("R2", "DEU", T0, TODAY.minusDays(1))));

        var france = hub.figures.party("FRA").orElseThrow();
        assertThat(france.requests()).isEqualTo(1);
        assertThat(france.overdueRequests()).isEqualTo(1);
        assertThat(france.medianHoursToAcknowledge()).isEqualTo(6.0);
        assertThat(france.regionalGroup()).isEqualTo("WEOG");
    }

    private static PartyProfile state(String code, RegionalGroup group, boolean active, AgreementKind... agreements) {
        return PartyProfile.newBuilder(SampleMessages.franceProfile())
                .setCode(code)
                .setName(code)
                .setRegionalGroup(group)
                .setActive(active)
                .setAgreements(List.of(agreements).stream()
                        .map(kind ->
                                VoluntaryAgreement.newBuilder().setKind(kind).build())
                        .toList())
                .build();
    }
}
