package org.coophub.gateway.officer;

import java.util.Arrays;
import org.coophub.gateway.inbox.InboxFilter;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.response.RequestStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The plain server-rendered page: inbox list, request detail, status form. */
@Controller
class OfficerPage {

    private final OfficerActions actions;

    OfficerPage(OfficerActions actions) {
        this.actions = actions;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/inbox";
    }

    @GetMapping("/inbox")
    String inbox(
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) RequestType type,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        model.addAttribute(
                "requests",
                actions.list(new InboxFilter(status, type, overdue)).stream()
                        .map(entry -> InboxView.of(entry, actions.today()))
                        .toList());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("types", RequestType.values());
        return "inbox";
    }

    @GetMapping("/inbox/{requestId}")
    String detail(@PathVariable String requestId, Model model) {
        model.addAttribute("request", InboxView.of(actions.find(requestId), actions.today()));
        model.addAttribute("payload", actions.find(requestId).payloadJson());
        model.addAttribute(
                "statuses",
                Arrays.stream(RequestStatus.values())
                        .filter(status -> new StatusChange(status, "x", "x", null).isStatusReportable())
                        .toList());
        return "request";
    }

    @PostMapping("/inbox/{requestId}/status")
    String changeStatus(
            @PathVariable String requestId,
            @Validated @ModelAttribute StatusChange change,
            BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("errors", errors.getAllErrors());
            return detail(requestId, model);
        }
        actions.changeStatus(requestId, change);
        return "redirect:/inbox/" + requestId;
    }
}
