package org.imagingnetwork.console.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingnetwork.console.access.Role;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.console.support.DemoStaff;
import org.imagingnetwork.console.support.StaffClient;
import org.imagingnetwork.core.signin.SignInLink;
import org.imagingnetwork.core.signin.SignInLinks;
import org.imagingnetwork.testsupport.NotifyStub;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sending a patient a sign-in link from the request page over HTTP: by text through the real Notify
 * client to a Notify stand-in, by letter when there is no mobile number, a second link within minutes
 * only when the clerk says so, a refused message leaving no link; each send audited as the clerk; the
 * link the patient gets is one the portal reads as theirs.
 */
class SignInLinkIT {

    private static final Pattern LINK = Pattern.compile("(http://localhost:8080/l/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private static ConsoleServer console;
    private static Jdbi jdbi;
    private static NotifyStub notify;

    @BeforeAll
    static void console() {
        console = ConsoleServer.get();
        jdbi = console.jdbi();
        notify = console.notifications();
    }

    @Test
    void aTextGoesToThePatientsMobileWithALinkThePortalReadsAsTheirsAndIsAuditedAsTheClerk() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerk = console.signIn(member);
        long request = freshRequest();
        long patient = patientOf(request);
        contact(patient, "SMS", "07700 900123", null, "EN");

        HttpResponse<String> form = clerk.get("/requests/" + request + "/link");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .contains("Send a sign-in link")
                .contains("To 07700900123")
                .containsPattern("value=\"text\"[^>]*checked");
        HttpResponse<String> sent = clerk.submit("/requests/" + request + "/link", Map.of("channel", "text"));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=text_sent");
        assertThat(clerk.follow(sent).body()).contains("A sign-in link is on its way to the patient by text message.");
        List<NotifyStub.Received> texts = notify.mentioning("07700900123");
        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.path()).endsWith("/sms");
            assertThat(text.body()).contains("NHS imaging").contains("date of birth and postcode");
        });
        SignInLink link = console.context()
                .getBean(SignInLinks.class)
                .find(token(texts.get(0).body()))
                .orElseThrow();
        assertThat(link.patient().value()).isEqualTo(patient);
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofDays(14));
        assertThat(links(patient)).isEqualTo(1);
        Map<String, Object> audit = audit(patient, "SIGN_IN_LINK_SENT").get(0);
        assertThat(audit.get("actor")).isEqualTo("staff:" + member.userId());
        assertThat(audit.get("actor_role")).isEqualTo("BOOKINGS_CLERK");
        assertThat(audit.get("actor_organisation")).isEqualTo(console.staff().trustA());
        assertThat((String) audit.get("detail"))
                .contains("request " + request)
                .contains("by text message")
                .doesNotContain("07700");
    }

    @Test
    void aWelshPatientIsTextedInWelsh() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = freshRequest();
        contact(patientOf(request), "SMS", "07700900124", null, "CY");
        clerk.get("/requests/" + request + "/link");

        clerk.submit("/requests/" + request + "/link", Map.of("channel", "text"));

        assertThat(notify.mentioning("07700900124"))
                .singleElement()
                .satisfies(text -> assertThat(text.body()).contains("Delweddu").contains("dyddiad geni"));
    }

    @Test
    void aSecondLinkWithinMinutesGoesOnlyWhenTheClerkSaysSo() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = freshRequest();
        long patient = patientOf(request);
        contact(patient, "SMS", "07700900125", null, "EN");
        clerk.get("/requests/" + request + "/link");
        clerk.submit("/requests/" + request + "/link", Map.of("channel", "text"));

        assertThat(clerk.get("/requests/" + request + "/link").body())
                .contains("A link went to the patient a moment ago")
                .contains("Send another link anyway");
        HttpResponse<String> again = clerk.submit("/requests/" + request + "/link", Map.of("channel", "text"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("href=\"#again\"").contains("tick the box to send another");
        assertThat(notify.mentioning("07700900125")).hasSize(1);
        assertThat(links(patient)).isEqualTo(1);
        assertThat(audit(patient, "SIGN_IN_LINK_SENT")).hasSize(1);

        HttpResponse<String> meant =
                clerk.submit("/requests/" + request + "/link", Map.of("channel", "text", "again", "yes"));
        assertThat(meant.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=text_sent");
        assertThat(notify.mentioning("07700900125")).hasSize(2);
        assertThat(links(patient)).isEqualTo(2);
    }

    @Test
    void aPatientWithNoMobileGetsALetterAndATextIsRefusedPlainly() {
        DemoStaff.Member member = console.staff().ofTrustA(Role.BOOKINGS_CLERK);
        StaffClient clerk = console.signIn(member);
        long request = freshRequest();
        long patient = patientOf(request);
        contact(patient, "LETTER", "0121 496 0000", null, "EN");
        int messages = notify.received().size();

        HttpResponse<String> form = clerk.get("/requests/" + request + "/link");
        assertThat(form.body())
                .contains("A text message cannot be sent: the number on record, 0121 496 0000, is not a mobile number.")
                .containsPattern("value=\"letter\"[^>]*checked")
                .doesNotContain("value=\"text\"");
        HttpResponse<String> text = clerk.submit("/requests/" + request + "/link", Map.of("channel", "text"));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("href=\"#channel\"").contains("is not a mobile number: send a letter");
        HttpResponse<String> nothing = clerk.submit("/requests/" + request + "/link", Map.of("channel", "pigeon"));
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("Choose how to send the link");
        assertThat(links(patient)).isZero();

        HttpResponse<String> letter = clerk.submit("/requests/" + request + "/link", Map.of("channel", "letter"));

        assertThat(letter.statusCode()).isEqualTo(303);
        String letterPage = letter.headers().firstValue("Location").orElseThrow();
        assertThat(letterPage).matches("/requests/" + request + "/link/letter/[0-9a-f-]{36}");
        String printed = clerk.follow(letter).body();
        assertThat(printed).contains("Print the sign-in letter").contains("date of birth and postcode");
        SignInLink link = console.context()
                .getBean(SignInLinks.class)
                .find(token(printed))
                .orElseThrow();
        assertThat(link.patient().value()).isEqualTo(patient);
        assertThat(notify.received()).as("a letter goes by post, not Notify").hasSize(messages);
        assertThat((String) audit(patient, "SIGN_IN_LINK_SENT").get(0).get("detail"))
                .contains("by letter");
        assertThat(clerk.get("/requests/" + request + "?done=letter_ready").body())
                .contains("print it and post it to the patient");

        assertThat(clerk.get("/requests/" + request + "/link/letter/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        assertThat(clerk.get("/requests/" + request + "/link/letter/not-a-link").statusCode())
                .isEqualTo(404);
        long another = freshRequest();
        assertThat(clerk.get(letterPage.replace("/requests/" + request, "/requests/" + another))
                        .statusCode())
                .as("the letter of one patient under another's request")
                .isEqualTo(404);
    }

    @Test
    void aTextNotifyRefusesLeavesNoLinkAndSaysSo() {
        StaffClient clerk = console.signIn(console.staff().ofTrustA(Role.BOOKINGS_CLERK));
        long request = freshRequest();
        long patient = patientOf(request);
        contact(patient, "EMAIL", "07700900126", "patient@example.org", "EN");
        assertThat(clerk.get("/requests/" + request + "/link").body())
                .containsPattern("value=\"email\"[^>]*checked")
                .contains("value=\"text\"");
        notify.refusing(true);
        try {
            HttpResponse<String> refused = clerk.submit("/requests/" + request + "/link", Map.of("channel", "email"));

            assertThat(refused.headers().firstValue("Location")).hasValue("/requests/" + request + "?done=not_sent");
            assertThat(clerk.follow(refused).body()).contains("The sign-in link could not be sent");
            assertThat(links(patient)).isZero();
            assertThat(audit(patient, "SIGN_IN_LINK_SENT")).isEmpty();
            assertThat((String) audit(patient, "SIGN_IN_LINK_NOT_SENT").get(0).get("detail"))
                    .contains("not sent by email")
                    .contains("HTTP 400");
        } finally {
            notify.refusing(false);
        }
    }

    @Test
    void anotherTrustsClerkAndARadiologistFindNothingAndSendNothing() {
        long request = freshRequest();
        long patient = patientOf(request);
        contact(patient, "SMS", "07700900127", null, "EN");
        StaffClient ofB = console.signIn(console.staff().ofTrustB(Role.BOOKINGS_CLERK));
        ofB.get("/worklist");
        StaffClient radiologist = console.signIn(console.staff().ofTrustA(Role.VETTING_RADIOLOGIST));
        radiologist.get("/vetting");

        assertThat(ofB.get("/requests/" + request + "/link").statusCode()).isEqualTo(404);
        assertThat(ofB.submit("/requests/" + request + "/link", Map.of("channel", "text"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(radiologist.get("/requests/" + request + "/link").statusCode())
                .isEqualTo(404);
        assertThat(radiologist
                        .submit("/requests/" + request + "/link", Map.of("channel", "text"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(notify.mentioning("07700900127")).isEmpty();
        assertThat(links(patient)).isZero();
    }

    /** A waiting request of trust A whose patient has never had a sign-in link and no other test has opened. */
    private static long freshRequest() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id from request r
                        where r.referring_trust = :t and r.state = 'WAITING'
                          and not exists (select 1 from sign_in_link l where l.patient_id = r.patient_id)
                          and not exists (select 1 from audit_log a where a.patient_id = r.patient_id)
                        order by r.id limit 1""")
                .bind("t", console.staff().trustA())
                .mapTo(Long.class)
                .one());
    }

    private static long patientOf(long request) {
        return jdbi.withHandle(h -> h.createQuery("select patient_id from request where id = :id")
                .bind("id", request)
                .mapTo(Long.class)
                .one());
    }

    private static void contact(long patient, String preference, String phone, String email, String language) {
        jdbi.useHandle(h -> h.createUpdate("""
                        update patient set contact_preference = :preference, phone = :phone, email = :email,
                                           language = :language
                        where id = :id""")
                .bind("preference", preference)
                .bind("phone", phone)
                .bind("email", email)
                .bind("language", language)
                .bind("id", patient)
                .execute());
    }

    private static long links(long patient) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from sign_in_link where patient_id = :p")
                .bind("p", patient)
                .mapTo(Long.class)
                .one());
    }

    private static List<Map<String, Object>> audit(long patient, String action) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select actor, actor_role, actor_organisation, detail from audit_log
                        where patient_id = :p and action = :action order by id""")
                .bind("p", patient)
                .bind("action", action)
                .mapToMap()
                .list());
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a sign-in link in " + text).isTrue();
        String url = link.group(1);
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
