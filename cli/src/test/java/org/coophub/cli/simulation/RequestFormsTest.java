package org.coophub.cli.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coophub.schemas.request.RequestType;
import org.junit.jupiter.api.Test;

class RequestFormsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void writesInALanguageTheAddresseeAccepts() {
        var directory = Parties.fromDirectoryFile();
        var random = new SplittableRandom(1);

        for (String code : List.of("CHL", "FRA", "DEU", "POL", "AFG")) {
            Parties.Party party = directory.party(code);
            IntStream.range(0, 20)
                    .forEach(i -> assertThat(party.languages())
                            .contains(RequestForms.draft(random, party, TODAY).language()));
        }
        assertThat(directory.party("CHL").languages()).containsExactly("es");
        assertThat(directory.party("AFG").languages()).containsExactly("en", "fr");
    }

    @Test
    void mostlyAssistanceUnderArticle93AndArrestOnlyWithAWarrant() {
        var party = Parties.fromDirectoryFile().party("FRA");
        var random = new SplittableRandom(3);

        var drafts = IntStream.range(0, 500)
                .mapToObj(i -> RequestForms.draft(random, party, TODAY))
                .toList();

        long assistance = drafts.stream()
                .filter(d -> d.type().name().startsWith("ASSISTANCE_"))
                .count();
        assertThat(assistance).isGreaterThan(450);
        assertThat(drafts)
                .filteredOn(d -> d.type() == RequestType.ARREST_AND_SURRENDER)
                .isNotEmpty()
                .allMatch(d ->
                        d.json().contains("\"warrantReference\"") && d.json().contains("PERSON_SOUGHT"));
        assertThat(drafts)
                .filteredOn(d -> d.type() == RequestType.ASSISTANCE_ASSETS_TRACING_AND_FREEZING)
                .allMatch(d -> d.json().contains("\"assets\":[{"));
        assertThat(drafts.get(0).json())
                .doesNotContain("requestId")
                .contains("\"addressee\":\"FRA\"")
                .contains("\"dueBy\":\"202");
    }

    @Test
    void readsTheIdTheProducerAssigned() {
        assertThat(Json.stringField("{\"requestId\" : \"ICC-REQ-2026-000012\",\"x\":1}", "requestId"))
                .isEqualTo("ICC-REQ-2026-000012");
        assertThat(Json.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    }
}
