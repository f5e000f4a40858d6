package org.coophub.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.coophub.schemas.directory.AgreementKind;
import org.coophub.schemas.directory.CommunicationChannel;
import org.coophub.schemas.directory.FocalPoint;
import org.coophub.schemas.directory.PartyKind;
import org.coophub.schemas.directory.PartyProfile;
import org.coophub.schemas.directory.RegionalGroup;
import org.coophub.schemas.directory.VoluntaryAgreement;
import org.coophub.schemas.request.AssetDetails;
import org.coophub.schemas.request.AssetKind;
import org.coophub.schemas.request.AttachmentReference;
import org.coophub.schemas.request.Confidentiality;
import org.coophub.schemas.request.CooperationRequest;
import org.coophub.schemas.request.CourtMessage;
import org.coophub.schemas.request.CourtMessageKind;
import org.coophub.schemas.request.CourtNotice;
import org.coophub.schemas.request.PersonDetails;
import org.coophub.schemas.request.PersonRole;
import org.coophub.schemas.request.Priority;
import org.coophub.schemas.request.RequestContents;
import org.coophub.schemas.request.RequestType;
import org.coophub.schemas.request.RequestingOrgan;
import org.coophub.schemas.response.NotificationKind;
import org.coophub.schemas.response.PartyMessage;
import org.coophub.schemas.response.PartyMessageKind;
import org.coophub.schemas.response.PartyNotification;
import org.coophub.schemas.response.ReceiptAcknowledgement;
import org.coophub.schemas.response.RequestStatus;
import org.coophub.schemas.response.StatusUpdate;
import org.coophub.schemas.warrant.WarrantEvent;
import org.coophub.schemas.warrant.WarrantEventKind;

/** One filled-in record of every message kind of the contract, with fictitious people and places. */
public final class SampleMessages {

    public static final Instant DISPATCHED = Instant.parse("2017-10-27T09:30:00Z");

    private SampleMessages() {}

    /** Every kind of message, paired with the topic it travels on. */
    public static List<TopicRecord> all() {
        return List.of(
                new TopicRecord(Topics.requests("FRA"), assetFreezingRequest()),
                new TopicRecord(Topics.requests("FRA"), reminder()),
                new TopicRecord(Topics.responses("FRA"), receipt()),
                new TopicRecord(Topics.responses("FRA"), statusUpdate()),
                new TopicRecord(Topics.responses("FRA"), notification()),
                new TopicRecord(Topics.COURT_WARRANTS, warrantIssued()),
                new TopicRecord(Topics.DIRECTORY, franceProfile()));
    }

    public record TopicRecord(String topic, SpecificRecord record) {}

    public static CooperationRequest assetTracingRequest() {
        return CooperationRequest.newBuilder()
                .setRequestId("ICC-REQ-2017-000123")
                .setAddressee("FRA")
                .setRequestType(RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING)
                .setLegalBasis("Rome Statute art. 93(1)(k)")
                .setRequestingOrgan(RequestingOrgan.OFFICE_OF_THE_PROSECUTOR)
                .setSituation("ICC-01/99")
                .setCaseReference("ICC-01/99-01/17")
                .setPriority(Priority.URGENT)
                .setConfidentiality(Confidentiality.UNDER_SEAL)
                .setDispatchedAt(DISPATCHED)
                .setDueBy(LocalDate.parse("2017-12-15"))
                .setLanguage("fr")
                .setContents(RequestContents.newBuilder()
                        .setPurposeAndLegalBasis("Identify and freeze assets of the suspect for eventual forfeiture")
                        .setPersons(List.of(PersonDetails.newBuilder()
                                .setRole(PersonRole.SUSPECT)
                                .setName("Jean Exemple")
                                .setAliases(List.of("J. E."))
                                .setDateOfBirth("1961-03")
                                .setDescription("Height 1.80 m, scar on left hand")
                                .build()))
                        .setAssets(List.of(AssetDetails.newBuilder()
                                .setKind(AssetKind.BANK_ACCOUNT)
                                .setDescription("Current account")
                                .setHolder("Exemple Holdings SARL")
                                .setLocation("Banque Fictive, Paris")
                                .setEstimatedValue("250000 EUR")
                                .build()))
                        .setEssentialFacts("The suspect is alleged to hold proceeds of the crimes charged")
                        .setNationalLawRequirements("A freezing order under the Code of Criminal Procedure")
                        .build())
                .setAttachments(List.of(AttachmentReference.newBuilder()
                        .setName("annex-1.pdf")
                        .setMediaType("application/pdf")
                        .setSizeBytes(48213)
                        .setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                        .setUri("https://documents.court.example/ICC-REQ-2017-000123/annex-1.pdf")
                        .build()))
                .build();
    }

    public static CourtMessage assetFreezingRequest() {
        return CourtMessage.newBuilder()
                .setMessageId("6f1c2b9e-0001-4000-8000-000000000001")
                .setRequestId("ICC-REQ-2017-000123")
                .setAddressee("FRA")
                .setKind(CourtMessageKind.REQUEST)
                .setSentAt(DISPATCHED)
                .setRequest(assetTracingRequest())
                .build();
    }

    public static CourtMessage reminder() {
        return CourtMessage.newBuilder()
                .setMessageId("6f1c2b9e-0002-4000-8000-000000000002")
                .setRequestId("ICC-REQ-2017-000123")
                .setAddressee("FRA")
                .setKind(CourtMessageKind.REMINDER)
                .setSentAt(DISPATCHED.plusSeconds(86_400 * 30))
                .setNotice(CourtNotice.newBuilder()
                        .setRevision(1)
                        .setText("The Court would be grateful for information on the execution of this request.")
                        .setResponseDueBy(LocalDate.parse("2017-12-31"))
                        .build())
                .build();
    }

    public static PartyMessage receipt() {
        return PartyMessage.newBuilder()
                .setMessageId("7a2d3c4b-0001-4000-8000-000000000001")
                .setRequestId("ICC-REQ-2017-000123")
                .setParty("FRA")
                .setKind(PartyMessageKind.RECEIPT_ACKNOWLEDGEMENT)
                .setSentAt(DISPATCHED.plusSeconds(3_600))
                .setReceipt(ReceiptAcknowledgement.newBuilder()
                        .setRevision(1)
                        .setReceivedAt(DISPATCHED.plusSeconds(60))
                        .setRequestSha256("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")
                        .build())
                .build();
    }

    public static PartyMessage statusUpdate() {
        return PartyMessage.newBuilder()
                .setMessageId("7a2d3c4b-0002-4000-8000-000000000002")
                .setRequestId("ICC-REQ-2017-000123")
                .setParty("FRA")
                .setKind(PartyMessageKind.STATUS_UPDATE)
                .setSentAt(DISPATCHED.plusSeconds(86_400 * 3))
                .setStatus(StatusUpdate.newBuilder()
                        .setRevision(1)
                        .setStatus(RequestStatus.IN_CONSULTATION)
                        .setLegalBasis("art. 97(a)")
                        .setReasons("Insufficient information to identify the account holder")
                        .build())
                .build();
    }

    public static PartyMessage notification() {
        return PartyMessage.newBuilder()
                .setMessageId("7a2d3c4b-0003-4000-8000-000000000003")
                .setParty("FRA")
                .setKind(PartyMessageKind.NOTIFICATION)
                .setSentAt(DISPATCHED.plusSeconds(86_400 * 5))
                .setNotification(PartyNotification.newBuilder()
                        .setNotificationKind(NotificationKind.REQUEST_TO_COURT)
                        .setSubject("Request under art. 93(10)")
                        .setText("Assistance sought for a national investigation")
                        .build())
                .build();
    }

    public static WarrantEvent warrantIssued() {
        return WarrantEvent.newBuilder()
                .setMessageId("8b3e4d5c-0001-4000-8000-000000000001")
                .setWarrantId("ICC-01/99-01/17-5")
                .setKind(WarrantEventKind.ISSUED)
                .setOccurredAt(Instant.parse("2017-03-01T12:00:00Z"))
                .setRecordedAt(Instant.parse("2017-03-01T12:05:00Z"))
                .setPersonReference("P-0001")
                .setUnderSeal(true)
                .build();
    }

    public static PartyProfile franceProfile() {
        return PartyProfile.newBuilder()
                .setCode("FRA")
                .setName("France")
                .setKind(PartyKind.STATE_PARTY)
                .setRegionalGroup(RegionalGroup.WEOG)
                .setDateOfDeposit(LocalDate.parse("2000-06-09"))
                .setEntryIntoForce(LocalDate.parse("2002-07-01"))
                .setChannel(CommunicationChannel.NATIONAL_CENTRAL_AUTHORITY)
                .setLanguages(List.of("fr"))
                .setAgreements(List.of(VoluntaryAgreement.newBuilder()
                        .setKind(AgreementKind.ENFORCEMENT_OF_SENTENCES)
                        .setConcludedOn(LocalDate.parse("2005-01-01"))
                        .build()))
                .setFocalPoint(FocalPoint.newBuilder()
                        .setName("Central authority for cooperation with the Court")
                        .setEmail("cooperation@example.org")
                        .build())
                .build();
    }
}
