package org.coophub.producer.notice;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /requests/{id}/notices}. */
@RestController
class NoticeController {

    private final NoticeSender sender;

    NoticeController(NoticeSender sender) {
        this.sender = sender;
    }

    @Operation(summary = "Send a clarification, supplement, reminder or withdrawal about a dispatched request")
    @PostMapping("/requests/{requestId}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeResult send(@PathVariable String requestId, @RequestBody NoticeForm notice) {
        return sender.send(requestId, notice);
    }
}
