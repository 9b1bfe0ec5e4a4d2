package org.imagingnetwork.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.patient.ContactPreference;
import org.imagingnetwork.core.patient.Language;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.Postcode;
import org.junit.jupiter.api.Test;

class ReachTest {

    @Test
    void aTextGoesOnlyToAMobileNumber() {
        Reach mobile = Reach.of(patient(ContactPreference.SMS, "07700 900123", null));
        Reach landline = Reach.of(patient(ContactPreference.SMS, "0121 496 0000", null));
        Reach none = Reach.of(patient(ContactPreference.LETTER, null, null));

        assertThat(mobile.mobile()).contains("07700900123");
        assertThat(mobile.preferred()).isEqualTo(Channel.TEXT);
        assertThat(landline.whyNot(Channel.TEXT))
                .contains("The number on record, 0121 496 0000, is not a mobile number");
        assertThat(none.whyNot(Channel.TEXT)).contains("No mobile number is recorded for the patient");
    }

    @Test
    void aChannelThatCannotBeUsedFallsBackToALetter() {
        Reach landline = Reach.of(patient(ContactPreference.SMS, "01214960000", "someone@example.org"));

        assertThat(landline.asked()).isEqualTo(Channel.TEXT);
        assertThat(landline.preferred())
                .as("not email: the patient did not ask for it")
                .isEqualTo(Channel.LETTER);
        assertThat(landline.can(Channel.EMAIL)).isTrue();
        assertThat(landline.can(Channel.LETTER)).isTrue();
    }

    @Test
    void anEmailNeedsAnAddress() {
        assertThat(Reach.of(patient(ContactPreference.LETTER, null, null)).whyNot(Channel.EMAIL))
                .contains("No email address is recorded for the patient");
        assertThat(Reach.of(patient(ContactPreference.EMAIL, null, "someone@example.org"))
                        .preferred())
                .isEqualTo(Channel.EMAIL);
    }

    private static Patient patient(ContactPreference preference, String phone, String email) {
        return new Patient(
                new PatientId(1),
                new NhsNumber("9434765919"),
                "Test",
                "Patient",
                LocalDate.of(1970, 1, 1),
                new Postcode("B15 2TH"),
                Optional.ofNullable(phone),
                Optional.ofNullable(email),
                preference,
                Language.EN,
                Set.of(),
                Optional.empty());
    }
}
