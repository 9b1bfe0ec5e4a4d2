package org.imagingnetwork.fhir.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RisSimulatorIT {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final String SYSTEM = "https://example.org/appointment";
    private static RisSimulator simulator;
    private static IGenericClient client;

    @BeforeAll
    static void start() {
        simulator = RisSimulator.start("127.0.0.1", 0, List.of("RRK", "RJE"), FHIR, Clock.systemUTC());
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        FHIR.getRestfulClientFactory().setSocketTimeout(2_000);
        client = FHIR.newRestfulGenericClient(simulator.baseUrl("RRK").toString());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @AfterEach
    void heal() {
        simulator.trusts().forEach(t -> {
            simulator.faults(t).clear();
            simulator.store(t).clear();
        });
    }

    @Test
    void conditionalCreateKeepsOneAppointmentPerIdentifier() {
        MethodOutcome first = createIfNoneExist("a-1", "booked");
        MethodOutcome second = createIfNoneExist("a-1", "booked");

        assertThat(first.getCreated()).isTrue();
        assertThat(Boolean.TRUE.equals(second.getCreated())).isFalse();
        assertThat(held("a-1")).hasSize(1);
    }

    @Test
    void updateByIdentifierChecksTheVersionGivenInIfMatch() {
        createIfNoneExist("a-2", "booked");

        update("a-2", "cancelled", "W/\"1\"");
        assertThatThrownBy(() -> update("a-2", "booked", "W/\"1\""))
                .isInstanceOfSatisfying(
                        BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(412));

        Appointment current = (Appointment) held("a-2").get(0);
        assertThat(current.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(current.getMeta().getVersionId()).isEqualTo("2");
    }

    @Test
    void searchFindsByIdentifierOverHttp() {
        createIfNoneExist("a-3", "booked");

        Bundle found = client.search()
                .forResource(Appointment.class)
                .where(Appointment.IDENTIFIER.exactly().systemAndIdentifier(SYSTEM, "a-3"))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry()).hasSize(1);
    }

    @Test
    void eachTrustKeepsItsOwnRecords() {
        createIfNoneExist("a-4", "booked");

        assertThat(simulator.store("RJE").search("Appointment", r -> true)).isEmpty();
    }

    @Test
    void aDownRisAcceptsNoConnection() {
        simulator.faults("RRK").down(true);

        assertThatThrownBy(() -> createIfNoneExist("a-5", "booked")).isInstanceOf(FhirClientConnectionException.class);
        assertThat(held("a-5")).isEmpty();
    }

    @Test
    void serverErrorsAndConflictsStoreNothing() {
        simulator.faults("RRK").serverErrors(1.0);
        assertThatThrownBy(() -> createIfNoneExist("a-6", "booked"))
                .isInstanceOfSatisfying(
                        BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(500));

        simulator.faults("RRK").clear().conflicts(1.0);
        assertThatThrownBy(() -> createIfNoneExist("a-6", "booked"))
                .isInstanceOfSatisfying(
                        BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(409));

        assertThat(held("a-6")).isEmpty();
    }

    @Test
    void aDroppedConnectionAfterCommitKeepsTheWriteButLosesTheAnswer() {
        simulator.faults("RRK").dropsAfterCommit(1.0);

        assertThatThrownBy(() -> createIfNoneExist("a-7", "booked")).isInstanceOf(FhirClientConnectionException.class);

        assertThat(held("a-7")).hasSize(1);
    }

    @Test
    void aSlowRisTimesTheClientOut() {
        simulator.faults("RRK").slow(Duration.ofMillis(2_500));

        assertThatThrownBy(() -> createIfNoneExist("a-8", "booked")).isInstanceOf(FhirClientConnectionException.class);
    }

    private MethodOutcome createIfNoneExist(String id, String status) {
        return client.create()
                .resource(appointment(id, status))
                .conditionalByUrl("Appointment?identifier=" + SYSTEM + "|" + id)
                .execute();
    }

    private void update(String id, String status, String ifMatch) {
        client.update()
                .resource(appointment(id, status))
                .conditionalByUrl("Appointment?identifier=" + SYSTEM + "|" + id)
                .withAdditionalHeader("If-Match", ifMatch)
                .execute();
    }

    private static Appointment appointment(String id, String status) {
        Appointment appointment = new Appointment();
        appointment.addIdentifier().setSystem(SYSTEM).setValue(id);
        appointment.setStatus(Appointment.AppointmentStatus.fromCode(status));
        appointment.addParticipant().setStatus(Appointment.ParticipationStatus.ACCEPTED);
        return appointment;
    }

    private static List<Resource> held(String id) {
        return simulator
                .store("RRK")
                .search(
                        "Appointment",
                        r -> ((Appointment) r).getIdentifier().stream().anyMatch(i -> id.equals(i.getValue())));
    }
}
