package org.coophub.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.coophub.schemas.Topics;
import org.coophub.schemas.request.AttachmentReference;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.request.PersonDetails;
import org.coophub.schemas.request.PersonRole;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestContents;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.request.RequestingOrgan;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;

/**
 * The seeded history of every request: dispatch times spread evenly over the period, parties
 * chosen with a skew (a few States receive most requests, as in practice), and each request's
 * life drawn from one {@link Random} in request order, so a seed gives the same history every time.
 *
 * <p>A request's life: the court's REQUEST; the party's receipt after hours to days (1 % never
 * answer at all); IN_PROGRESS; sometimes art. 97 consultations (IN_CONSULTATION) or a postponement
 * under arts. 94/95 (POSTPONED), each followed by IN_PROGRESS again; then EXECUTED,
 * PARTIALLY_EXECUTED, REFUSED or UNABLE_TO_EXECUTE after weeks to months; 1 % withdrawn by the
 * court; 1.5 % acknowledged but never closed. A request still open at its due date gets a
 * REMINDER in a third of the cases. Every record's timestamp is the event's historical time.
 */
final class RequestHistory {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final RequestType[] TYPES = {
        RequestType.ASSISTANCE_TAKING_OF_EVIDENCE,
        RequestType.ASSISTANCE_TAKING_OF_EVIDENCE,
        RequestType.ASSISTANCE_RECORDS_AND_DOCUMENTS,
        RequestType.ASSISTANCE_RECORDS_AND_DOCUMENTS,
        RequestType.ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS,
        RequestType.ASSISTANCE_QUESTIONING_OF_PERSONS,
        RequestType.ASSISTANCE_SERVICE_OF_DOCUMENTS,
        RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING,
        RequestType.ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES,
        RequestType.ASSISTANCE_SEARCHES_AND_SEIZURES,
        RequestType.ASSISTANCE_EXAMINATION_OF_PLACES,
        RequestType.ASSISTANCE_VOLUNTARY_APPEARANCE,
        RequestType.ASSISTANCE_TEMPORARY_TRANSFER,
        RequestType.ASSISTANCE_OTHER,
        RequestType.ARREST_AND_SURRENDER,
        RequestType.PROVISIONAL_ARREST,
        RequestType.WITNESS_RELOCATION,
        RequestType.ENFORCEMENT_OF_SENTENCE,
        RequestType.INTERIM_RELEASE,
        RequestType.FINAL_RELEASE
    };
    private static final String[] SITUATIONS = {
        "ICC-01/04",
        "ICC-02/04",
        "ICC-02/05",
        "ICC-01/05",
        "ICC-01/09",
        "ICC-01/11",
        "ICC-02/11",
        "ICC-01/12",
        "ICC-01/13",
        "ICC-01/14",
        "ICC-01/15",
        "ICC-01/17"
    };
    private static final String[] SURNAMES = {
        "Exemple", "Muster", "Ejemplo", "Esempio", "Voorbeeld", "Primer", "Przyklad", "Mfano", "Misal", "Dummy"
    };
    private static final String[] GIVEN_NAMES = {"Jean", "Anna", "Carlos", "Amina", "Pieter", "Ivana", "Kofi", "Leila"};
    private static final String[] FACTS = {
        "The person is alleged to have ordered attacks against the civilian population of the region.",
        "Documents held by national authorities are relevant to the charges confirmed by the Chamber.",
        "The witness is believed to reside within the territory of the requested State.",
        "Assets registered in the name of intermediaries are alleged to be proceeds of the crimes charged.",
        "Telephone records for the period concerned are needed to corroborate the testimony of witnesses."
    };

    private final List<String> parties;
    private final double[] cumulativeWeights;
    private final Random random;
    private final long firstDispatch;
    private final long period;
    private final int requests;
    private final HistoryTally tally = new HistoryTally();

    RequestHistory(List<String> parties, long seed, LocalDate firstDispatch, int years, int requests) {
        this.parties = List.copyOf(parties);
        this.random = new Random(seed);
        this.firstDispatch =
                firstDispatch.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.period = firstDispatch
                        .plusYears(years)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli()
                - this.firstDispatch;
        this.requests = requests;
        // a Zipf-like skew: the busiest party receives about 20 times the requests of the quietest
        this.cumulativeWeights = new double[parties.size()];
        double sum = 0;
        for (int i = 0; i < parties.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, 0.65);
            cumulativeWeights[i] = sum;
        }
        for (int i = 0; i < parties.size(); i++) {
            cumulativeWeights[i] /= sum;
        }
    }

    HistoryTally tally() {
        return tally;
    }

    /** The records of the {@code index}-th request (0-based); call in order 0, 1, 2, ... */
    List<HistoricalRecord> request(int index) {
        long dispatched = firstDispatch + (long) ((double) period * index / requests) + random.nextInt(60_000);
        int year = Instant.ofEpochMilli(dispatched).atZone(ZoneOffset.UTC).getYear();
        String requestId = String.format(Locale.ROOT, "ICC-REQ-%d-%07d", year, index + 1);
        String party = party();
        boolean urgent = random.nextDouble() < 0.2;
        LocalDate dispatchDay = LocalDate.ofEpochDay(Math.floorDiv(dispatched, DAY));
        LocalDate due = dispatchDay.plusDays(urgent ? 14 + random.nextInt(17) : 60 + random.nextInt(121));
        long dueAt = due.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

        List<HistoricalRecord> records = new ArrayList<>(6);
        String requests = Topics.requests(party);
        String responses = Topics.responses(party);
        records.add(new HistoricalRecord(
                requests, requestId, dispatched, dispatch(requestId, party, dispatched, due, urgent, year)));
        tally.requests++;

        double fate = random.nextDouble();
        if (fate < 0.01) {
            tally.neverAnswered++;
            tally.open++;
            if (random.nextDouble() < 0.5) {
                records.add(reminder(requests, requestId, party, dueAt + 14 * DAY, due.plusDays(44)));
            }
            return records;
        }
        long receipt = dispatched + Math.min(60 * DAY, (long) (HOUR * 18 * Math.exp(1.2 * random.nextGaussian())));
        records.add(partyRecord(responses, requestId, party, receipt, null, dispatched));
        long at = receipt;
        if (random.nextDouble() < 0.7) {
            at += DAY + (long) (random.nextDouble() * 19 * DAY);
            records.add(partyRecord(responses, requestId, party, at, RequestStatus.IN_PROGRESS, 0));
        }
        double detour = random.nextDouble();
        if (detour < 0.08) {
            at += 5 * DAY + (long) (random.nextDouble() * 55 * DAY);
            records.add(partyRecord(responses, requestId, party, at, RequestStatus.IN_CONSULTATION, 0));
            at += 10 * DAY + (long) (random.nextDouble() * 80 * DAY);
            records.add(partyRecord(responses, requestId, party, at, RequestStatus.IN_PROGRESS, 0));
        } else if (detour < 0.12) {
            at += 5 * DAY + (long) (random.nextDouble() * 25 * DAY);
            records.add(partyRecord(responses, requestId, party, at, RequestStatus.POSTPONED, 0));
            at += 90 * DAY;
            records.add(partyRecord(responses, requestId, party, at, RequestStatus.IN_PROGRESS, 0));
        }
        double outcome = random.nextDouble();
        long closing = at + Math.min(3 * 365 * DAY, (long) (DAY * 60 * Math.exp(0.9 * random.nextGaussian())));
        if (closing > dueAt + 7 * DAY && random.nextDouble() < 1.0 / 3) {
            records.add(reminder(requests, requestId, party, dueAt + 7 * DAY, due.plusDays(60)));
        }
        if (outcome < 0.01) {
            tally.withdrawn++;
            records.add(withdrawal(requests, requestId, party, closing));
        } else if (outcome < 0.025) {
            tally.open++;
        } else {
            RequestStatus status = outcome < 0.73
                    ? RequestStatus.EXECUTED
                    : outcome < 0.89
                            ? RequestStatus.PARTIALLY_EXECUTED
                            : outcome < 0.97 ? RequestStatus.REFUSED : RequestStatus.UNABLE_TO_EXECUTE;
            records.add(partyRecord(responses, requestId, party, closing, status, 0));
            tally.closed++;
        }
        return records;
    }

    private String party() {
        double pick = random.nextDouble();
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (pick < cumulativeWeights[i]) {
                return parties.get(i);
            }
        }
        return parties.get(parties.size() - 1);
    }

    private CourtMessage dispatch(
            String requestId, String party, long dispatched, LocalDate due, boolean urgent, int year) {
        RequestType type = TYPES[random.nextInt(TYPES.length)];
        double secrecy = random.nextDouble();
        String situation = SITUATIONS[random.nextInt(SITUATIONS.length)];
        List<PersonDetails> persons = new ArrayList<>(2);
        int people = 1 + random.nextInt(2);
        for (int i = 0; i < people; i++) {
            persons.add(PersonDetails.newBuilder()
                    .setRole(i == 0 ? PersonRole.SUSPECT : PersonRole.WITNESS)
                    .setName(GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + " "
                            + SURNAMES[random.nextInt(SURNAMES.length)])
                    .setDateOfBirth((1950 + random.nextInt(50)) + "-0" + (1 + random.nextInt(9)))
                    .build());
        }
        List<AttachmentReference> attachments = new ArrayList<>(2);
        int annexes = random.nextInt(3);
        for (int i = 1; i <= annexes; i++) {
            attachments.add(AttachmentReference.newBuilder()
                    .setName("annex-" + i + ".pdf")
                    .setMediaType("application/pdf")
                    .setSizeBytes(10_000 + random.nextInt(2_000_000))
                    .setSha256(hex64())
                    .setUri("https://documents.court.example/" + requestId + "/annex-" + i + ".pdf")
                    .build());
        }
        CooperationRequest request = CooperationRequest.newBuilder()
                .setRequestId(requestId)
                .setAddressee(party)
                .setRequestType(type)
                .setLegalBasis(
                        type == RequestType.ARREST_AND_SURRENDER
                                ? "Rome Statute art. 89"
                                : type == RequestType.PROVISIONAL_ARREST
                                        ? "Rome Statute art. 92"
                                        : "Rome Statute art. 93(1)")
                .setRequestingOrgan(
                        random.nextDouble() < 0.7 ? RequestingOrgan.OFFICE_OF_THE_PROSECUTOR : RequestingOrgan.REGISTRY)
                .setSituation(situation)
                .setCaseReference(situation + "-" + (1 + random.nextInt(40)) + "/" + (year % 100))
                .setPriority(urgent ? Priority.URGENT : Priority.ROUTINE)
                .setConfidentiality(
                        secrecy < 0.25
                                ? Confidentiality.PUBLIC
                                : secrecy < 0.8 ? Confidentiality.CONFIDENTIAL : Confidentiality.UNDER_SEAL)
                .setDispatchedAt(Instant.ofEpochMilli(dispatched))
                .setDueBy(due)
                .setLanguage(random.nextBoolean() ? "en" : "fr")
                .setContents(RequestContents.newBuilder()
                        .setPurposeAndLegalBasis("Assistance sought under Part 9 of the Rome Statute in the case "
                                + situation + " for the purpose of the proceedings before the Chamber")
                        .setPersons(persons)
                        .setEssentialFacts(FACTS[random.nextInt(FACTS.length)])
                        .build())
                .setAttachments(attachments)
                .build();
        return CourtMessage.newBuilder()
                .setMessageId(messageId())
                .setRequestId(requestId)
                .setAddressee(party)
                .setKind(CourtMessageKind.REQUEST)
                .setSentAt(Instant.ofEpochMilli(dispatched))
                .setRequest(request)
                .build();
    }

    private HistoricalRecord reminder(String topic, String requestId, String party, long at, LocalDate newDue) {
        tally.reminders++;
        return new HistoricalRecord(
                topic,
                requestId,
                at,
                CourtMessage.newBuilder()
                        .setMessageId(messageId())
                        .setRequestId(requestId)
                        .setAddressee(party)
                        .setKind(CourtMessageKind.REMINDER)
                        .setSentAt(Instant.ofEpochMilli(at))
                        .setNotice(CourtNotice.newBuilder()
                                .setRevision(1)
                                .setText("The Court would be grateful for information on the execution of"
                                        + " this request.")
                                .setResponseDueBy(newDue)
                                .build())
                        .build());
    }

    private HistoricalRecord withdrawal(String topic, String requestId, String party, long at) {
        return new HistoricalRecord(
                topic,
                requestId,
                at,
                CourtMessage.newBuilder()
                        .setMessageId(messageId())
                        .setRequestId(requestId)
                        .setAddressee(party)
                        .setKind(CourtMessageKind.WITHDRAWAL)
                        .setSentAt(Instant.ofEpochMilli(at))
                        .setNotice(CourtNotice.newBuilder()
                                .setRevision(1)
                                .setText("The Court withdraws this request.")
                                .build())
                        .build());
    }

    /** A receipt when {@code status} is null, else a status update. */
    private HistoricalRecord partyRecord(
            String topic, String requestId, String party, long at, RequestStatus status, long dispatched) {
        PartyMessage.Builder message = PartyMessage.newBuilder()
                .setMessageId(messageId())
                .setRequestId(requestId)
                .setParty(party)
                // the party's own clock, a little behind the hub's
                .setSentAt(Instant.ofEpochMilli(at - random.nextInt(120_000)));
        if (status == null) {
            message.setKind(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT)
                    .setReceipt(ReceiptAcknowledgement.newBuilder()
                            .setRevision(1)
                            .setReceivedAt(Instant.ofEpochMilli(dispatched + random.nextInt(600_000)))
                            .setRequestSha256(hex64())
                            .build());
        } else {
            StatusUpdate.Builder update =
                    StatusUpdate.newBuilder().setRevision(1).setStatus(status);
            switch (status) {
                case IN_CONSULTATION -> update.setLegalBasis("art. 97").setReasons("Problems identified in execution");
                case POSTPONED ->
                    update.setLegalBasis("art. 94(1)")
                            .setReasons("Interference with an ongoing national investigation")
                            .setPostponedUntil(LocalDate.ofEpochDay(Math.floorDiv(at, DAY) + 90));
                case REFUSED -> update.setLegalBasis("art. 93(4)").setReasons("National security (art. 72)");
                default -> {}
            }
            message.setKind(PartyMessageKind.STATUS_UPDATE).setStatus(update.build());
        }
        tally.responses++;
        return new HistoricalRecord(topic, requestId, at, message.build());
    }

    private String messageId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String hex64() {
        return String.format(
                Locale.ROOT,
                "%016x%016x%016x%016x",
                random.nextLong(),
                random.nextLong(),
                random.nextLong(),
                random.nextLong());
    }

    /** What the history holds, for the figures (and to check the dashboard's counts against). */
    static final class HistoryTally {
        long requests;
        long responses;
        long reminders;
        long withdrawn;
        long neverAnswered;
        long open;
        long closed;
    }
}
