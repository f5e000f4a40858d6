package org.coophub.producer.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.coophub.producer.dispatch.RequestForm;

/**
 * A notice as the Registry posts it.
 *
 * @param noticeId optional client-chosen UUID; it becomes the message id, and a retry with the same
 *     id is answered from the record instead of sending the notice twice
 * @param kind CLARIFICATION, SUPPLEMENT, REMINDER or WITHDRAWAL
 * @param amendedContents the whole contents as amended (clarification and supplement only); makes
 *     a new revision
 */
record NoticeForm(
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "a lower-case UUID")
        String noticeId,

        @NotNull NoticeKind kind,
        @NotBlank String text,
        LocalDate responseDueBy,
        @Valid RequestForm.Contents amendedContents) {

    enum NoticeKind {
        CLARIFICATION,
        SUPPLEMENT,
        REMINDER,
        WITHDRAWAL
    }
}
