package org.coophub.producer.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.coophub.schemas.request.AssetKind;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.PersonRole;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.request.RequestingOrgan;

/**
 * A request for cooperation as the Registry posts it, mirroring {@code CooperationRequest}.
 * {@code requestId} is optional: one is assigned ({@code ICC-REQ-<year>-<6 digits>}) when absent.
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
        List<@NotNull @Valid Attachment> attachments) {

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
                attachments);
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
                attachments);
    }
}
