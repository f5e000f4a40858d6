package org.coophub.producer.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.coophub.producer.dispatch.RequestForm;

/**
 * A notice as the Registry posts it.
 *
 * @param kind CLARIFICATION, SUPPLEMENT, REMINDER or WITHDRAWAL
 * @param amendedContents the whole contents as amended (clarification and supplement only); makes
 *     a new revision
 */
record NoticeForm(
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
