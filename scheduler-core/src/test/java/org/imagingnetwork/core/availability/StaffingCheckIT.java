package org.imagingnetwork.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.NetworkFixture;
import org.junit.jupiter.api.Test;

class StaffingCheckIT {
    private static final StaffActor ROTA_MANAGER = new StaffActor("rota-manager", "DIARY_MANAGER", new OdsCode("ZT1"));
    private static final String CT_ROOM = "ZT1AA-CT1";
    private static final String XR_ROOM = "ZT1CD-XR1";
    private static final String[] CT_CONTRAST_EXAMS = {NetworkFixture.CT_WITH_CONTRAST};
    private static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 0);

    private final CoreServices core = CoreServices.create();
    private final JdbiStaffAbsences absences = new JdbiStaffAbsences(core.jdbi(), FixedClock.get());
    private final StaffAvailability availability = new StaffAvailability(absences);
    private final StaffingCheck check = new StaffingCheck(absences);
    private final StaffFixture fixture = new StaffFixture(core.jdbi());

    @Test
    void findsASessionWhoseOnlyLeadIsAwayAndNamesThePlaceAndThePerson() {
        LocalDate monday = StaffFixture.freshWeek();
        String lead = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT", "CONTRAST_CANNULATION");
        String second = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        SessionId session =
                fixture.session(CT_ROOM, monday, MORNING, "CT_GENERAL", "RELEASED", CT_CONTRAST_EXAMS, lead, second);
        away(lead, monday, monday);

        List<UnderstaffedSession> found =
                check.sessionsLosingStaffing(Set.of(NetworkFixture.NORTH_ACUTE), monday, monday);

        assertThat(found).singleElement().satisfies(shortOf -> {
            assertThat(shortOf.session()).isEqualTo(session);
            assertThat(shortOf.day()).isEqualTo(monday);
            // The lead of a contrast list must cannulate; the one left can take only the second place.
            assertThat(shortOf.unmet())
                    .containsExactly(
                            new StaffNeed(StaffRole.RADIOGRAPHER, Set.of(Skill.CT, Skill.CONTRAST_CANNULATION)));
            assertThat(shortOf.away()).extracting(Staff::id).containsExactly(lead);
        });
    }

    @Test
    void leavesOutASessionWhoseOthersStillCoverEveryPlace() {
        LocalDate monday = StaffFixture.freshWeek();
        String lead = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT", "CONTRAST_CANNULATION");
        String second = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        String spare = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT", "CONTRAST_CANNULATION");
        fixture.session(CT_ROOM, monday, MORNING, "CT_GENERAL", "RELEASED", CT_CONTRAST_EXAMS, lead, second, spare);
        away(lead, monday, monday);

        assertThat(check.sessionsLosingStaffing(Set.of(NetworkFixture.NORTH_ACUTE), monday, monday))
                .isEmpty();
    }

    @Test
    void looksOnlyAtReleasedSessionsOnTheAbsentDaysAtTheSitesAsked() {
        LocalDate monday = StaffFixture.freshWeek();
        String lead = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT", "CONTRAST_CANNULATION");
        String second = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        String radiographer = fixture.staff("RADIOGRAPHER", "ZT1CD", "XR");
        String assistant = fixture.staff("ASSISTANT_PRACTITIONER", "ZT1CD", "XR");
        SessionId tuesday = fixture.session(
                CT_ROOM, monday.plusDays(1), MORNING, "CT_GENERAL", "RELEASED", CT_CONTRAST_EXAMS, lead, second);
        fixture.session(CT_ROOM, monday.plusDays(2), MORNING, "CT_GENERAL", "DRAFT", CT_CONTRAST_EXAMS, lead, second);
        fixture.session(
                CT_ROOM, monday.plusDays(3), AFTERNOON, "CT_GENERAL", "RELEASED", CT_CONTRAST_EXAMS, lead, second);
        SessionId xray = fixture.session(
                XR_ROOM,
                monday.plusDays(1),
                MORNING,
                "XR_GENERAL",
                "RELEASED",
                new String[] {NetworkFixture.CHEST_XRAY},
                radiographer,
                assistant);
        away(lead, monday.plusDays(1), monday.plusDays(2));
        away(assistant, monday.plusDays(1), monday.plusDays(1));

        assertThat(check.sessionsLosingStaffing(Set.of(NetworkFixture.NORTH_ACUTE), monday, monday.plusDays(6)))
                .extracting(UnderstaffedSession::session)
                .containsExactly(tuesday);
        assertThat(check.sessionsLosingStaffing(
                        Set.of(NetworkFixture.NORTH_ACUTE, NetworkFixture.NORTH_CDC), monday, monday.plusDays(6)))
                .extracting(UnderstaffedSession::session)
                .containsExactlyInAnyOrder(tuesday, xray);
    }

    @Test
    void aWithdrawnAbsenceNoLongerShortensTheSession() {
        LocalDate monday = StaffFixture.freshWeek();
        String lead = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT", "CONTRAST_CANNULATION");
        String second = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        fixture.session(CT_ROOM, monday, MORNING, "CT_GENERAL", "RELEASED", CT_CONTRAST_EXAMS, lead, second);
        Absence absence = away(lead, monday, monday);

        availability.withdraw(absence.id(), absence.version(), ROTA_MANAGER, "Back early");

        assertThat(check.sessionsLosingStaffing(Set.of(NetworkFixture.NORTH_ACUTE), monday, monday))
                .isEmpty();
    }

    private Absence away(String staff, LocalDate first, LocalDate last) {
        return ((AbsenceOutcome.Recorded)
                        availability.record(new AbsenceForm(staff, first, last, "SICKNESS", ""), ROTA_MANAGER, ""))
                .absence();
    }
}
