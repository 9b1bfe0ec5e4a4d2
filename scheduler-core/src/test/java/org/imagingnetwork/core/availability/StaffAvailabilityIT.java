package org.imagingnetwork.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.imagingnetwork.core.audit.AuditActions;
import org.imagingnetwork.core.audit.AuditEntry;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.validation.FieldError;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class StaffAvailabilityIT {
    private static final StaffActor ROTA_MANAGER = new StaffActor("rota-manager", "DIARY_MANAGER", new OdsCode("ZT1"));

    private final CoreServices core = CoreServices.create();
    private final JdbiStaffAbsences absences = new JdbiStaffAbsences(core.jdbi(), FixedClock.get());
    private final StaffAvailability availability = new StaffAvailability(absences);
    private final StaffFixture fixture = new StaffFixture(core.jdbi());

    @Test
    void recordsAnAbsenceWithItsAuditRowAndListsItForTheDaysItCovers() {
        String asha = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        LocalDate monday = StaffFixture.freshWeek();

        AbsenceOutcome outcome = availability.record(
                new AbsenceForm(asha, monday, monday.plusDays(2), "LEAVE", " Half term "), ROTA_MANAGER, "Approved");

        assertThat(outcome).isInstanceOf(AbsenceOutcome.Recorded.class);
        Absence absence = ((AbsenceOutcome.Recorded) outcome).absence();
        assertThat(absence)
                .extracting(Absence::staffId, Absence::kind, Absence::note, Absence::createdBy, Absence::createdAt)
                .containsExactly(asha, AbsenceKind.LEAVE, "Half term", "staff:rota-manager", FixedClock.NOW);
        assertThat(core.audit().byActor(ROTA_MANAGER.auditName(), 50))
                .filteredOn(entry -> entry.detail().contains(asha))
                .extracting(AuditEntry::action, AuditEntry::role, AuditEntry::organisation, AuditEntry::reason)
                .containsExactly(tuple(AuditActions.ABSENCE_RECORDED, "DIARY_MANAGER", "ZT1", "Approved"));
        // Inclusive at both ends: the last day of the absence is in a range that starts on it.
        assertThat(availability.absencesOf(asha, monday.plusDays(2), monday.plusDays(6)))
                .containsExactly(absence);
        assertThat(availability.absencesOf(asha, monday.plusDays(3), monday.plusDays(6)))
                .isEmpty();
        assertThat(availability.absencesInTrust(new OdsCode("ZT1"), monday.minusDays(3), monday))
                .contains(absence);
        assertThat(availability.absencesInTrust(new OdsCode("ZT2"), monday, monday.plusDays(6)))
                .doesNotContain(absence);
    }

    @Test
    void refusesAnAbsenceThatEndsBeforeItStartsNamingTheLastDayAndWritesNothing() {
        String asha = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        LocalDate monday = StaffFixture.freshWeek();

        assertRefused(new AbsenceForm(asha, monday, monday.minusDays(1), "LEAVE", ""), "lastDay");
    }

    @Test
    void refusesAnUnknownMemberOfStaffAndAnUnknownKindEachByName() {
        LocalDate monday = StaffFixture.freshWeek();

        assertRefused(new AbsenceForm("ZT1-NOBODY", monday, monday, "LEAVE", ""), "staff");
        assertRefused(new AbsenceForm(fixture.staff("NURSE", "ZT1AA"), monday, monday, "HOLIDAY", ""), "kind");
        assertRefused(new AbsenceForm(" ", null, null, null, ""), "staff", "firstDay", "lastDay", "kind");
    }

    @Test
    void theDatabaseRefusesAnAbsenceThatEndsBeforeItStartsWhateverTheCode() {
        String asha = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");

        assertThatThrownBy(() -> core.jdbi().useHandle(h -> h.execute("""
                                insert into staff_absence (staff_id, first_day, last_day, kind, created_by, created_at)
                                values (?, date '2032-03-02', date '2032-03-01', 'LEAVE', 'staff:x', now())
                                """, asha)))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("staff_absence_ends_after_it_starts");
    }

    @Test
    void withdrawsAnAbsenceOnceAtTheVersionReadAndAuditsIt() {
        String tom = fixture.staff("RADIOGRAPHER", "ZT1AA", "MR");
        LocalDate monday = StaffFixture.freshWeek();
        Absence absence = recorded(new AbsenceForm(tom, monday, monday, "SICKNESS", ""));

        assertThat(availability.withdraw(absence.id(), absence.version() + 1, ROTA_MANAGER, "Typo"))
                .isEqualTo(new AbsenceOutcome.Changed(absence.id()));
        assertThat(availability.absencesOf(tom, monday, monday)).containsExactly(absence);

        assertThat(availability.withdraw(absence.id(), absence.version(), ROTA_MANAGER, "Came in after all"))
                .isEqualTo(new AbsenceOutcome.Withdrawn(absence.id()));
        assertThat(availability.absencesOf(tom, monday, monday)).isEmpty();
        assertThat(availability.withdraw(absence.id(), absence.version(), ROTA_MANAGER, "Again"))
                .isEqualTo(new AbsenceOutcome.NotFound(absence.id()));
        assertThat(core.audit().byActor(ROTA_MANAGER.auditName(), 50))
                .filteredOn(entry -> entry.detail().contains(tom))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .containsExactly(
                        tuple(AuditActions.ABSENCE_WITHDRAWN, "Came in after all"),
                        tuple(AuditActions.ABSENCE_RECORDED, ""));
    }

    @Test
    void givesEachAbsentPersonTheirDaysAwayWithinTheRange() {
        String asha = fixture.staff("RADIOGRAPHER", "ZT1AA", "CT");
        String tom = fixture.staff("RADIOGRAPHER", "ZT1AA", "MR");
        LocalDate monday = StaffFixture.freshWeek();
        recorded(new AbsenceForm(asha, monday.minusDays(3), monday.plusDays(1), "LEAVE", ""));
        recorded(new AbsenceForm(asha, monday.plusDays(4), monday.plusDays(4), "TRAINING", ""));
        Absence withdrawn = recorded(new AbsenceForm(tom, monday, monday, "SICKNESS", ""));
        availability.withdraw(withdrawn.id(), withdrawn.version(), ROTA_MANAGER, "");

        Map<String, Set<LocalDate>> away = absences.daysAway(monday, monday.plusDays(4));

        assertThat(away.get(asha)).containsExactlyInAnyOrder(monday, monday.plusDays(1), monday.plusDays(4));
        assertThat(away).doesNotContainKey(tom);
    }

    private Absence recorded(AbsenceForm form) {
        return ((AbsenceOutcome.Recorded) availability.record(form, ROTA_MANAGER, "")).absence();
    }

    private void assertRefused(AbsenceForm form, String... fields) {
        long rows = core.count("staff_absence");
        long audit = core.count("audit_log");

        AbsenceOutcome outcome = availability.record(form, ROTA_MANAGER, "");

        assertThat(outcome).isInstanceOf(AbsenceOutcome.Invalid.class);
        assertThat(((AbsenceOutcome.Invalid) outcome).errors())
                .extracting(FieldError::field)
                .containsExactly(fields);
        assertThat(core.count("staff_absence")).isEqualTo(rows);
        assertThat(core.count("audit_log")).isEqualTo(audit);
    }
}
