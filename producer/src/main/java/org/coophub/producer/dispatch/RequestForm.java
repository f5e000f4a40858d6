package org.coophub.producer.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coophub.schemas.request.AssetKind;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.PersonRole;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RecordedEventKind;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.request.RequestingOrgan;

/**
 * A request for cooperation as the Registry posts it, mirroring {@code CooperationRequest}.
 * {@code requestId} is optional: one is assigned ({@code ICC-REQ-<year>-<6 digits>}) when absent.
 * {@code imported} is set only for a request of the past taken from the Registry's own records
 * (a migration, the seeded scenario); it is left out of the JSON when absent, so the content hash
 * of a live request is the same as before the field existed.
 */
public record RequestForm(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "letters, digits and . _ - only, at most 64")
        String requestId,

        @NotBlank String addressee,
        @NotNull RequestType requestType,
        @NotBlank String legalBasis,
        RequestingOrgan requestingOrgan,
        String situation,
        String caseReference,
        Priority priority,
        Confidentiality confidentiality,
        LocalDate dueBy,
        @NotBlank String language,
        @NotNull @Valid Contents contents,
        String warrantReference,
        List<@NotNull @Valid Attachment> attachments,

        @Schema(
                description = "Only for a request of the past imported from the Registry's records; absent for a live"
                        + " request")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Valid
        Imported imported) {

    /**
     * A request of the past: dispatched by the Registry at {@code dispatchedAt} (not now), with what
     * happened to it afterwards ({@code events}, oldest first).
     *
     * @param coordinationId shared by the requests of a coordinated action of the past
     */
    @Schema(
            description = "A request of the past from the Registry's records: when it was dispatched, where the record"
                    + " comes from, and what happened to it afterwards (oldest first)")
    public record Imported(
            @Schema(example = "2017-03-14T09:30:00Z") @NotNull
            Instant dispatchedAt,

            @Schema(example = "coophub scenario 2017 (seed 20171027)") @NotBlank
            String source,

            @Schema(example = "ICC-COORD-2017-004")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "letters, digits and . _ - only, at most 64")
            String coordinationId,

            List<@NotNull @Valid ImportedEvent> events) {}

    /**
     * One recorded step: a receipt acknowledgement or status update from the addressee, or the
     * court's withdrawal.
     *
     * @param status for a STATUS_UPDATE only: a {@code RequestStatus} symbol (IN_PROGRESS, EXECUTED, ...)
     */
    @Schema(description = "A step recorded by the Registry; status only for STATUS_UPDATE (a RequestStatus symbol)")
    public record ImportedEvent(
            @NotNull RecordedEventKind kind,
            @Schema(example = "IN_CONSULTATION") String status,
            @Schema(example = "art. 97") String legalBasis,
            @NotNull Instant occurredAt) {}

    /** Art. 96(2)(a) to (f). */
    public record Contents(
            @NotBlank String purposeAndLegalBasis,
            List<@NotNull @Valid Person> persons,
            List<@NotNull @Valid Place> places,
            List<@NotNull @Valid Asset> assets,
            @NotBlank String essentialFacts,
            String procedure,
            String nationalLawRequirements,
            String otherInformation) {}

    public record Person(
            PersonRole role,
            @NotBlank String name,
            List<String> aliases,
            String dateOfBirth,
            String nationality,
            String description,
            String lastKnownLocation) {}

    public record Place(@NotBlank String description, String address, String coordinates) {}

    public record Asset(
            AssetKind kind, @NotBlank String description, String holder, String location, String estimatedValue) {}

    public record Attachment(
            @NotBlank String name,
            @NotBlank String mediaType,
            @NotNull @PositiveOrZero Long sizeBytes,

            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "lower-case hex SHA-256")
            String sha256,

            @NotBlank String uri) {}

    /** The same request with its id set. */
    public RequestForm withRequestId(String id) {
        return new RequestForm(
                id,
                addressee,
                requestType,
                legalBasis,
                requestingOrgan,
                situation,
                caseReference,
                priority,
                confidentiality,
                dueBy,
                language,
                contents,
                warrantReference,
                attachments,
                imported);
    }

    /** The same request with other contents (a clarification or supplement). */
    public RequestForm withContents(Contents amended) {
        return new RequestForm(
                requestId,
                addressee,
                requestType,
                legalBasis,
                requestingOrgan,
                situation,
                caseReference,
                priority,
                confidentiality,
                dueBy,
                language,
                amended,
                warrantReference,
                attachments,
                imported);
    }
}
