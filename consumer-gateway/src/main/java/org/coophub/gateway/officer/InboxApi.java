package org.coophub.gateway.officer;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.coophub.gateway.inbox.InboxFilter;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The officers' JSON API. Every write answers 202: the message reaches the Court through the outbox. */
@RestController
class InboxApi {

    private final OfficerActions actions;

    InboxApi(OfficerActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/inbox")
    List<InboxView> list(
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) RequestType type,
            @RequestParam(required = false) Boolean overdue) {
        return actions.list(new InboxFilter(status, type, overdue)).stream()
                .map(entry -> InboxView.of(entry, actions.today()))
                .toList();
    }

    @GetMapping("/api/inbox/{requestId}")
    InboxView get(@PathVariable String requestId) {
        return InboxView.of(actions.find(requestId), actions.today());
    }

    @PostMapping("/api/inbox/{requestId}/status")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> changeStatus(@PathVariable String requestId, @Valid @RequestBody StatusChange change) {
        return queued(requestId, actions.changeStatus(requestId, change));
    }

    @PostMapping("/api/inbox/{requestId}/consultations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> consult(@PathVariable String requestId, @Valid @RequestBody Consultation consultation) {
        return queued(requestId, actions.openConsultation(requestId, consultation));
    }

    @PostMapping("/api/notifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> notifyCourt(@Valid @RequestBody NotificationForm form) {
        return Map.of("messageId", actions.notifyCourt(form));
    }

    private static Map<String, String> queued(String requestId, String messageId) {
        return Map.of("requestId", requestId, "messageId", messageId);
    }
}
