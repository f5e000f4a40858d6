package org.coophub.producer.dispatch;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coophub.producer.directory.Directory;
import org.coophub.producer.system.FieldProblem;
import org.coophub.schemas.Topics;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.request.RecordedEventKind;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.springframework.stereotype.Component;

/**
 * Everything wrong with a request, all at once: the bean constraints on the form, the contents
 * art. 96(2) requires for its type, the addressee's entry in the directory, and for an imported
 * request the coherence of its history (nothing in the future, nothing before its dispatch, events
 * in order, a withdrawal last).
 */
@Component
public class RequestValidator {

    private static final Set<RequestType> ARREST =
            EnumSet.of(RequestType.ARREST_AND_SURRENDER, RequestType.PROVISIONAL_ARREST);

    private static final List<String> STATUSES = Arrays.stream(RequestStatus.values())
            .filter(status -> status != RequestStatus.UNKNOWN)
            .map(Enum::name)
            .toList();

    private final Validator validator;
    private final Directory directory;
    private final Clock clock;

    RequestValidator(Validator validator, Directory directory, Clock clock) {
        this.validator = validator;
        this.directory = directory;
        this.clock = clock;
    }

    /** The problems with {@code form}, field paths prefixed with {@code prefix} (e.g. {@code requests[2].}). */
    public List<FieldProblem> problems(RequestForm form, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<RequestForm> violation : validator.validate(form)) {
            problems.add(new FieldProblem(prefix + violation.getPropertyPath(), violation.getMessage()));
        }
        contents(form, prefix, problems);
        addressee(form, prefix, problems);
        if (form.imported() == null) {
            if (form.dueBy() != null && !form.dueBy().isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem(prefix + "dueBy", "must be a date in the future"));
            }
        } else {
            imported(form, prefix, problems);
        }
        return problems.stream().sorted().toList();
    }

    /** The history of an imported request; missing values were reported by the bean constraints. */
    private void imported(RequestForm form, String prefix, List<FieldProblem> problems) {
        RequestForm.Imported imported = form.imported();
        Instant now = clock.instant();
        Instant dispatchedAt = imported.dispatchedAt();
        if (dispatchedAt != null && dispatchedAt.isAfter(now)) {
            problems.add(new FieldProblem(prefix + "imported.dispatchedAt", "must not be in the future"));
        }
        // a due date of the past is history here, but it cannot precede the dispatch
        if (form.dueBy() != null
                && dispatchedAt != null
                && form.dueBy().isBefore(LocalDate.ofInstant(dispatchedAt, ZoneOffset.UTC))) {
            problems.add(new FieldProblem(
                    prefix + "dueBy",
                    "must not be before the date the request was dispatched (imported.dispatchedAt)"));
        }
        List<RequestForm.ImportedEvent> events = imported.events() == null ? List.of() : imported.events();
        Instant previous = dispatchedAt;
        for (int i = 0; i < events.size(); i++) {
            RequestForm.ImportedEvent event = events.get(i);
            if (event == null) {
                continue; // already reported as null
            }
            String path = prefix + "imported.events[" + i + "].";
            Instant occurredAt = event.occurredAt();
            if (occurredAt != null) {
                if (occurredAt.isAfter(now)) {
                    problems.add(new FieldProblem(path + "occurredAt", "must not be in the future"));
                }
                if (dispatchedAt != null && occurredAt.isBefore(dispatchedAt)) {
                    problems.add(new FieldProblem(
                            path + "occurredAt",
                            "must not be before the request was dispatched (imported.dispatchedAt)"));
                } else if (previous != null && occurredAt.isBefore(previous)) {
                    problems.add(new FieldProblem(
                            path + "occurredAt", "must not be before the previous event: events go oldest first"));
                }
                previous = occurredAt;
            }
            RecordedEventKind kind = event.kind();
            if (kind == RecordedEventKind.UNKNOWN) {
                problems.add(new FieldProblem(
                        path + "kind", "must be RECEIPT_ACKNOWLEDGEMENT, STATUS_UPDATE or WITHDRAWAL"));
            }
            if (kind == RecordedEventKind.STATUS_UPDATE) {
                if (blank(event.status())) {
                    problems.add(new FieldProblem(
                            path + "status", "a status update needs a status: " + String.join(", ", STATUSES)));
                } else if (!STATUSES.contains(event.status())) {
                    problems.add(new FieldProblem(path + "status", "must be one of " + String.join(", ", STATUSES)));
                }
            } else if (kind != null && event.status() != null) {
                problems.add(new FieldProblem(path + "status", "only a STATUS_UPDATE carries a status"));
            }
            if (kind == RecordedEventKind.WITHDRAWAL && i < events.size() - 1) {
                problems.add(
                        new FieldProblem(path + "kind", "a withdrawal ends the request: it must be the last event"));
            }
        }
    }

    private static void contents(RequestForm form, String prefix, List<FieldProblem> problems) {
        RequestForm.Contents contents = form.contents();
        if (ARREST.contains(form.requestType())) {
            if (blank(form.warrantReference())) {
                problems.add(new FieldProblem(
                        prefix + "warrantReference", "art. 91(2): a request for arrest must rest on a warrant"));
            }
            boolean described = contents != null
                    && contents.persons() != null
                    && contents.persons().stream().anyMatch(p -> p != null && !blank(p.description()));
            if (!described) {
                problems.add(new FieldProblem(
                        prefix + "contents.persons",
                        "art. 91(2)(a): at least one person sought with a description sufficient to identify them"));
            }
        }
        if (form.requestType() == RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING
                && contents != null
                && empty(contents.assets())
                && empty(contents.persons())) {
            problems.add(new FieldProblem(
                    prefix + "contents.assets",
                    "art. 93(1)(k): name the assets, or the persons whose assets to trace"));
        }
    }

    private void addressee(RequestForm form, String prefix, List<FieldProblem> problems) {
        String code = form.addressee();
        if (blank(code)) {
            return; // already reported as blank
        }
        if (!Topics.isPartyCode(code)) {
            problems.add(new FieldProblem(prefix + "addressee", "not a party code (ISO 3166-1 alpha-3, e.g. FRA)"));
            return;
        }
        PartyProfile profile = directory.find(code).orElse(null);
        if (profile == null) {
            problems.add(new FieldProblem(prefix + "addressee", "no party " + code + " in the directory"));
            return;
        }
        if (!profile.getActive()) {
            problems.add(new FieldProblem(prefix + "addressee", "party " + code + " is not active in the directory"));
        }
        List<String> accepted = Directory.acceptedLanguages(profile);
        if (!blank(form.language()) && !accepted.contains(form.language())) {
            problems.add(new FieldProblem(
                    prefix + "language",
                    "art. 87(2): " + code + " accepts requests in " + String.join(", ", accepted)));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
