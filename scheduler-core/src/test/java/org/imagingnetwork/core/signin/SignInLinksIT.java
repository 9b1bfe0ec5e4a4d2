package org.imagingnetwork.core.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.jdbc.JdbiSignInLinks;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.patient.PatientOutcome;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.TestPatients;
import org.junit.jupiter.api.Test;

/**
 * Sign-in links as both apps make and read them: the token names the link and nothing else, a link
 * staff send works only once it is recorded with their audit row, in one transaction.
 */
class SignInLinksIT {

    private static final CoreServices core = CoreServices.create();
    private static final LinkSettings SETTINGS = new LinkSettings(
            URI.create("https://portal.example/"), "a-test-link-secret-of-32-characters-or-more", Duration.ofDays(14));
    private static final StaffActor CLERK = new StaffActor("clerk", "BOOKINGS_CLERK", new OdsCode("RRK"));

    private final SignInLinks links = new SignInLinks(new JdbiSignInLinks(core.jdbi()), SETTINGS, FixedClock.get());

    @Test
    void aLinksAddressLeadsBackToItsPatientAndAnAlteredOneToNothing() {
        PatientId patient = patient();

        String url = links.url(patient, Optional.of("/referrals"));

        assertThat(url).startsWith("https://portal.example/l/").endsWith("?next=/referrals");
        String token = url.substring("https://portal.example/l/".length(), url.indexOf('?'));
        SignInLink link = links.find(token).orElseThrow();
        assertThat(link.patient()).isEqualTo(patient);
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofDays(14));
        assertThat(links.find("A" + token.substring(1))).isEmpty();
        assertThat(new SignInLinks(
                                new JdbiSignInLinks(core.jdbi()),
                                new LinkSettings(
                                        SETTINGS.portalUrl(),
                                        "another-secret-of-32-characters-or-more",
                                        Duration.ofDays(1)),
                                FixedClock.get())
                        .find(token))
                .as("signed with another key")
                .isEmpty();
    }

    @Test
    void aPreparedLinkWorksOnlyOnceRecordedWithTheAuditRowOfWhoSentIt() {
        PatientId patient = patient();
        SignInLinks.Issued prepared = links.prepare(patient);
        String token = prepared.url().substring(prepared.url().lastIndexOf('/') + 1);

        assertThat(links.find(token)).as("not recorded yet").isEmpty();
        links.record(prepared, AuditRecord.by(CLERK, "SIGN_IN_LINK_SENT", Optional.of(patient), "by text", "office"));

        assertThat(links.find(token).map(SignInLink::patient)).contains(patient);
        assertThat(links.latestFor(patient).map(SignInLink::id)).contains(prepared.id());
        assertThat(links.url(prepared.id())).isEqualTo(prepared.url());
        assertThat(audits(patient)).isEqualTo(1);
    }

    @Test
    void aLinkWhoseAuditRowFailsIsNotRecorded() {
        PatientId patient = patient();
        SignInLinks.Issued prepared = links.prepare(patient);

        assertThatThrownBy(() -> links.record(
                        prepared,
                        AuditRecord.by(
                                CLERK,
                                "SIGN_IN_LINK_SENT",
                                Optional.of(new PatientId(Long.MAX_VALUE)),
                                "about no patient the database knows",
                                "office")))
                .isInstanceOf(RuntimeException.class);

        assertThat(links.find(prepared.id())).isEmpty();
        assertThat(links.latestFor(patient)).isEmpty();
    }

    private static PatientId patient() {
        return ((PatientOutcome.Registered)
                        core.registry().register(TestPatients.adult(TestPatients.newNhsNumber()), "staff:ann"))
                .patient()
                .id();
    }

    private static long audits(PatientId patient) {
        return core.jdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from audit_log where patient_id = :p and action = 'SIGN_IN_LINK_SENT'")
                        .bind("p", patient.value())
                        .mapTo(Long.class)
                        .one());
    }
}
