package org.coophub.producer.dispatch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.coophub.schemas.request.AssetDetails;
import org.coophub.schemas.request.AssetKind;
import org.coophub.schemas.request.AttachmentReference;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.ImportedRecord;
import org.coophub.schemas.request.PersonDetails;
import org.coophub.schemas.request.PersonRole;
import org.coophub.schemas.request.PlaceDetails;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RecordedEvent;
import org.coophub.schemas.request.RequestContents;
import org.coophub.schemas.request.RequestingOrgan;

/** A validated {@link RequestForm} as the wire record; defaults where the form leaves a choice open. */
public final class RequestMapper {

    private RequestMapper() {}

    public static CooperationRequest toRecord(
            RequestForm form, int revision, String coordinationId, Instant dispatchedAt) {
        RequestForm.Contents contents = form.contents();
        return CooperationRequest.newBuilder()
                .setRequestId(form.requestId())
                .setRevision(revision)
                .setAddressee(form.addressee())
                .setRequestType(form.requestType())
                .setLegalBasis(form.legalBasis())
                .setRequestingOrgan(Objects.requireNonNullElse(form.requestingOrgan(), RequestingOrgan.REGISTRY))
                .setSituation(form.situation())
                .setCaseReference(form.caseReference())
                .setPriority(Objects.requireNonNullElse(form.priority(), Priority.ROUTINE))
                // art. 87(3): confidential unless the Registry says otherwise
                .setConfidentiality(Objects.requireNonNullElse(form.confidentiality(), Confidentiality.CONFIDENTIAL))
                .setDispatchedAt(dispatchedAt)
                .setDueBy(form.dueBy())
                .setLanguage(form.language())
                .setContents(RequestContents.newBuilder()
                        .setPurposeAndLegalBasis(contents.purposeAndLegalBasis())
                        .setPersons(map(contents.persons(), RequestMapper::person))
                        .setPlaces(map(contents.places(), RequestMapper::place))
                        .setAssets(map(contents.assets(), RequestMapper::asset))
                        .setEssentialFacts(contents.essentialFacts())
                        .setProcedure(contents.procedure())
                        .setNationalLawRequirements(contents.nationalLawRequirements())
                        .setOtherInformation(contents.otherInformation())
                        .build())
                .setWarrantReference(form.warrantReference())
                .setCoordinationId(coordinationId)
                .setAttachments(map(form.attachments(), RequestMapper::attachment))
                .build();
    }

    /** The Registry's record of an imported request; {@code null} for a live one. */
    public static ImportedRecord imported(RequestForm form) {
        RequestForm.Imported imported = form.imported();
        if (imported == null) {
            return null;
        }
        return ImportedRecord.newBuilder()
                .setOccurredAt(imported.dispatchedAt().truncatedTo(ChronoUnit.MILLIS))
                .setSource(imported.source())
                .setEvents(map(imported.events(), RequestMapper::event))
                .build();
    }

    private static RecordedEvent event(RequestForm.ImportedEvent event) {
        return RecordedEvent.newBuilder()
                .setKind(event.kind())
                .setStatus(event.status())
                .setLegalBasis(event.legalBasis())
                .setOccurredAt(event.occurredAt().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    private static PersonDetails person(RequestForm.Person person) {
        return PersonDetails.newBuilder()
                .setRole(Objects.requireNonNullElse(person.role(), PersonRole.OTHER))
                .setName(person.name())
                .setAliases(person.aliases() == null ? List.of() : person.aliases())
                .setDateOfBirth(person.dateOfBirth())
                .setNationality(person.nationality())
                .setDescription(person.description())
                .setLastKnownLocation(person.lastKnownLocation())
                .build();
    }

    private static PlaceDetails place(RequestForm.Place place) {
        return PlaceDetails.newBuilder()
                .setDescription(place.description())
                .setAddress(place.address())
                .setCoordinates(place.coordinates())
                .build();
    }

    private static AssetDetails asset(RequestForm.Asset asset) {
        return AssetDetails.newBuilder()
                .setKind(Objects.requireNonNullElse(asset.kind(), AssetKind.OTHER))
                .setDescription(asset.description())
                .setHolder(asset.holder())
                .setLocation(asset.location())
                .setEstimatedValue(asset.estimatedValue())
                .build();
    }

    private static AttachmentReference attachment(RequestForm.Attachment attachment) {
        return AttachmentReference.newBuilder()
                .setName(attachment.name())
                .setMediaType(attachment.mediaType())
                .setSizeBytes(attachment.sizeBytes())
                .setSha256(attachment.sha256())
                .setUri(attachment.uri())
                .build();
    }

    private static <F, R> List<R> map(List<F> forms, Function<F, R> mapper) {
        return forms == null ? List.of() : forms.stream().map(mapper).toList();
    }
}
