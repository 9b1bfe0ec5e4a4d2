package org.imagingnetwork.fhir.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The element HAPI's own refusals are about, read from their messages. */
class ParseErrorsTest {

    @Test
    void readsTheElementOfEachKindOfParseError() {
        assertThat(
                        ParseErrors.expression(
                                "ServiceRequest",
                                "HAPI-1821: [element=\"priority\"] Invalid attribute value \"whenever\": Unknown RequestPriority code"))
                .contains("ServiceRequest.priority");
        assertThat(ParseErrors.expression(
                        "ServiceRequest",
                        "HAPI-1825: [element=\"colour\"] Unknown element 'colour' found during parse"))
                .contains("ServiceRequest.colour");
        assertThat(ParseErrors.expression(
                        "ServiceRequest", "[element=\"subject\"] Unknown element 'nickname' found during parse"))
                .contains("ServiceRequest.subject.nickname");
        assertThat(
                        ParseErrors.expression(
                                "ServiceRequest",
                                "HAPI-1843: Found incorrect type for element priority - Expected STRING and found SCALAR (NUMBER)"))
                .contains("ServiceRequest.priority");
        assertThat(
                        ParseErrors.expression(
                                "Appointment",
                                "HAPI-0419: Can not update resource, resource body must contain an ID element for update (PUT)"))
                .contains("Appointment.id");
    }

    @Test
    void saysNothingWhereTheMessageDoesNot() {
        assertThat(ParseErrors.expression("ServiceRequest", "Failed to parse request body as XML resource"))
                .isEmpty();
        assertThat(ParseErrors.expression(null, "[element=\"priority\"] Invalid attribute value"))
                .isEmpty();
    }
}
