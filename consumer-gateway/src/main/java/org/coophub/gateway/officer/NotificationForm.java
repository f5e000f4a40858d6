package org.coophub.gateway.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coophub.schemas.response.NotificationKind;

/** A notification the party starts itself, e.g. a request to the Court under art. 93(10). */
record NotificationForm(
        @NotNull NotificationKind kind,
        @NotBlank @Size(max = 256) String subject,
        @NotBlank @Size(max = 8000) String text,
        @Size(max = 128) String warrantReference) {}
