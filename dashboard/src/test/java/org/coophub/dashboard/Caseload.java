package org.coophub.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coophub.dashboard.Hub.Piped;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.warrant.WarrantEventKind;

/**
 * Seven months of cooperation with six States, one of each regional group and a second African
 * State, for the tests of the page: requests of five types (every fifth under seal), acknowledged
 * after a time that depends on the State, executed, refused, withdrawn or still open, some of them
 * overdue, some never acknowledged; and two outstanding arrest warrants.
 *
 * <p>Requests and responses go to topics of their own parties (kept forever by {@link
 * LiveDashboard#createTopics}), so they may be stamped months ago; the directory and the warrants
 * go to the module's topics (7-day retention) and are stamped within the last days. Message ids
 * are fixed: sent twice, the caseload counts once.
 */
final class Caseload {

    /** A State of the caseload and the hours it takes, as a rule, to acknowledge a request. */
    record State(String code, String name, RegionalGroup group, int hoursToAcknowledge) {}

    static final List<State> STATES = List.of(
            new State("DEU", "Germany", RegionalGroup.WEOG, 3),
            new State("KEN", "Kenya", RegionalGroup.AFRICAN, 50),
            new State("BRA", "Brazil", RegionalGroup.GRULAC, 20),
            new State("JPN", "Japan", RegionalGroup.ASIA_PACIFIC, 8),
            new State("POL", "Poland", RegionalGroup.EASTERN_EUROPEAN, 30),
            new State("UGA", "Uganda", RegionalGroup.AFRICAN, 90));

    static final List<RequestType> TYPES = List.of(
            RequestType.ARREST_AND_SURRENDER,
            RequestType.ASSISTANCE_TAKING_OF_EVIDENCE,
            RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING,
            RequestType.ASSISTANCE_SERVICE_OF_DOCUMENTS,
            RequestType.ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS);

    /** Requests per State, one every four weeks, the newest first. */
    static final int PER_STATE = 7;

    /**
     * A request of the caseload, as sent.
     *
     * @param events how many messages its timeline holds
     */
    record Request(
            String id,
            String party,
            RequestType type,
            boolean sealed,
            Instant dispatchedAt,
            LocalDate dueBy,
            boolean acknowledged,
            boolean open,
            int events) {}

    final List<Request> requests = new ArrayList<>();
    final List<Piped> records = new ArrayList<>();

    /** The caseload as of {@code now} (records of the future are never sent). */
    Caseload(Instant now) {
        Instant recent = now.minus(Duration.ofDays(1));
        STATES.forEach(state -> records.add(new Piped(
                Topics.DIRECTORY, state.code(), Hub.stateParty(state.code(), state.name(), state.group()), recent)));
        for (int s = 0; s < STATES.size(); s++) {
            State state = STATES.get(s);
            for (int j = 0; j < PER_STATE; j++) {
                add(now, state, s, j);
            }
        }
        // warrants: issued months ago, recorded on the warrants topic within the last days
        records.add(warrant(
                "ICC-W-2026-01",
                "w01-issued",
                WarrantEventKind.ISSUED,
                now.minus(Duration.ofDays(160)),
                null,
                now.minus(Duration.ofDays(3))));
        records.add(warrant(
                "ICC-W-2026-01",
                "w01-to-KEN",
                WarrantEventKind.TRANSMITTED_TO_PARTY,
                now.minus(Duration.ofDays(150)),
                "KEN",
                now.minus(Duration.ofDays(3))));
        records.add(warrant(
                "ICC-W-2026-02",
                "w02-issued",
                WarrantEventKind.ISSUED,
                now.minus(Duration.ofDays(40)),
                null,
                now.minus(Duration.ofDays(2))));
        records.add(warrant(
                "ICC-W-2026-02",
                "w02-to-DEU",
                WarrantEventKind.TRANSMITTED_TO_PARTY,
                now.minus(Duration.ofDays(39)),
                "DEU",
                now.minus(Duration.ofDays(2))));
        records.add(warrant(
                "ICC-W-2026-02",
                "w02-to-UGA",
                WarrantEventKind.TRANSMITTED_TO_PARTY,
                now.minus(Duration.ofDays(39)),
                "UGA",
                now.minus(Duration.ofDays(2))));
    }

    private void add(Instant now, State state, int s, int j) {
        String id = String.format("ICC-REQ-2026-%s-%02d", state.code(), j + 1);
        String party = state.code();
        Instant dispatched = now.minus(Duration.ofDays(3L + 28L * j + 2L * s)).minus(Duration.ofHours(5));
        RequestType type = TYPES.get((s + j) % TYPES.size());
        boolean sealed = (s * PER_STATE + j) % 5 == 4;
        LocalDate due = LocalDate.ofInstant(dispatched, ZoneOffset.UTC).plusDays(45);
        List<Piped> messages = new ArrayList<>();
        messages.add(Hub.request(id, party, dispatched, due, type, sealed));
        // the newest request of the slowest States is not acknowledged yet
        Instant acknowledged = j == 0 && state.hoursToAcknowledge() >= 50
                ? null
                : dispatched.plus(Duration.ofHours(state.hoursToAcknowledge() + 2L * j));
        if (acknowledged != null) {
            messages.add(Hub.receipt(id, party, acknowledged, acknowledged));
        }
        boolean open = false;
        if (j == 2) { // in progress, past its due date by now: overdue
            messages.add(Hub.status(id, party, RequestStatus.IN_PROGRESS, acknowledged.plus(Duration.ofDays(2))));
            open = true;
        } else if (j == 4 && party.equals("BRA")) {
            messages.add(Hub.withdrawal(id, party, dispatched.plus(Duration.ofDays(20))));
        } else if (j >= 3) {
            RequestStatus closing = party.equals("POL") && j == 3 ? RequestStatus.REFUSED : RequestStatus.EXECUTED;
            messages.add(Hub.status(id, party, closing, dispatched.plus(Duration.ofDays(8L + 4L * s + j))));
        } else {
            open = true;
        }
        requests.add(
                new Request(id, party, type, sealed, dispatched, due, acknowledged != null, open, messages.size()));
        records.addAll(messages);
    }

    private static Piped warrant(
            String warrantId,
            String messageId,
            WarrantEventKind kind,
            Instant occurred,
            String party,
            Instant recorded) {
        Piped event = Hub.warrant(warrantId, messageId, kind, occurred, party);
        return new Piped(event.topic(), event.key(), event.value(), recorded);
    }

    /** The topics the caseload's requests and responses go to (created before sending). */
    List<String> partyTopics() {
        return STATES.stream()
                .flatMap(state -> Stream.of(Topics.requests(state.code()), Topics.responses(state.code())))
                .toList();
    }

    Request request(String id) {
        return requests.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** The requests to one State. */
    List<Request> of(String party) {
        return requests.stream().filter(r -> r.party().equals(party)).toList();
    }
}
