package org.imagingnetwork.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.patient.NhsNumber;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.TestRequests;
import org.imagingnetwork.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class AuditSearchIT {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final CoreServices core = CoreServices.create();

    @Test
    void recordsTheRoleOrganisationAndReasonOfAMemberOfStaff() {
        StaffActor clerk = clerk();
        PatientId patient = registered();

        core.audit()
                .record(AuditRecord.by(
                        clerk, "BOOKED_ON_BEHALF", Optional.of(patient), "Booked CT chest", "Patient phoned"));

        assertThat(core.audit().byActor(clerk.auditName(), 10))
                .extracting(
                        AuditEntry::actor,
                        AuditEntry::role,
                        AuditEntry::organisation,
                        AuditEntry::patient,
                        AuditEntry::reason)
                .containsExactly(
                        tuple(clerk.auditName(), "BOOKINGS_CLERK", "ZT1", Optional.of(patient), "Patient phoned"));
    }

    @Test
    void recordsCallersThatNameOnlyWhoActedInTheSystemRoleWithNoReason() {
        String actor = "system:audit-test-" + PEOPLE.incrementAndGet();

        core.audit().record(actor, "NIGHTLY_EXPORT", Optional.empty(), "Exported the day's bookings");

        assertThat(core.audit().byActor(actor, 1))
                .extracting(AuditEntry::role, AuditEntry::organisation, AuditEntry::reason)
                .containsExactly(tuple(AuditRecord.SYSTEM_ROLE, "", ""));
    }

    @Test
    void filtersByPatient() {
        StaffActor clerk = clerk();
        PatientId one = registered();
        PatientId other = registered();
        core.audit().record(AuditRecord.by(clerk, "VIEWED_PATIENT", Optional.of(one), "Opened", ""));
        core.audit().record(AuditRecord.by(clerk, "VIEWED_PATIENT", Optional.of(other), "Opened", ""));

        AuditPage page = core.audit().search(AuditFilter.EVERYTHING.aboutPatient(one), 50, 0);

        // Registration, by the fixture, and the read: nothing about the other patient.
        assertThat(page.entries()).extracting(AuditEntry::patient).containsOnly(Optional.of(one));
        assertThat(page.entries())
                .extracting(AuditEntry::action)
                .containsExactly("VIEWED_PATIENT", AuditActions.PATIENT_REGISTERED);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void filtersByActorIncludingWorkOnNoPatient() {
        StaffActor clerk = clerk();
        StaffActor colleague = clerk();
        core.audit().record(AuditRecord.by(clerk, "EXPORTED_WAITING_LIST", Optional.empty(), "ZT1", "Weekly review"));
        core.audit().record(AuditRecord.by(colleague, "EXPORTED_WAITING_LIST", Optional.empty(), "ZT1", ""));

        AuditPage page = core.audit().search(AuditFilter.EVERYTHING.byActor(clerk.auditName()), 50, 0);

        assertThat(page.entries())
                .extracting(AuditEntry::actor, AuditEntry::reason)
                .containsExactly(tuple(clerk.auditName(), "Weekly review"));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void filtersByLondonDaysFromTheFirstUpToTheLast() {
        StaffActor clerk = clerk();
        // Days no other test writes on. 23:30 UTC on 10 June is 00:30 on 11 June in London (BST).
        write(clerk, "2031-06-09T22:59:00Z", "before the range: 23:59 on 9 June in London");
        write(clerk, "2031-06-09T23:00:00Z", "first moment of 10 June in London");
        write(clerk, "2031-06-10T23:30:00Z", "00:30 on 11 June in London");
        write(clerk, "2031-06-11T22:59:59Z", "last second of 11 June in London");
        write(clerk, "2031-06-11T23:00:00Z", "12 June in London: the day the range ends before");

        AuditFilter june10and11 =
                AuditFilter.EVERYTHING.between(LocalDate.parse("2031-06-10"), LocalDate.parse("2031-06-12"));
        AuditPage page = core.audit().search(june10and11, 50, 0);

        assertThat(page.entries())
                .extracting(AuditEntry::detail)
                .containsExactly(
                        "last second of 11 June in London",
                        "00:30 on 11 June in London",
                        "first moment of 10 June in London");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void combinesTheFiltersAndExportsExactlyWhatTheyMatch() {
        StaffActor clerk = clerk();
        PatientId patient = registered();
        write(clerk, patient, "2031-07-01T09:00:00Z", "in range, this patient");
        write(clerk, patient, "2031-07-03T09:00:00Z", "after the range");
        write(clerk(), patient, "2031-07-01T10:00:00Z", "someone else");
        write(clerk, "2031-07-01T11:00:00Z", "no patient");

        AuditFilter filter = AuditFilter.EVERYTHING
                .aboutPatient(patient)
                .byActor(clerk.auditName())
                .between(LocalDate.parse("2031-07-01"), LocalDate.parse("2031-07-03"));
        List<AuditEntry> exported = new ArrayList<>();
        core.audit().export(filter, exported::add);

        assertThat(core.audit().search(filter, 10, 0).entries())
                .extracting(AuditEntry::detail)
                .containsExactly("in range, this patient");
        assertThat(exported).isEqualTo(core.audit().search(filter, 10, 0).entries());
    }

    @Test
    void pagesNewestFirstWithTheTotalOfTheWholeFilter() {
        StaffActor clerk = clerk();
        for (int minute = 10; minute < 15; minute++) {
            write(clerk, "2031-08-01T09:" + minute + ":00Z", "read " + minute);
        }
        // Two entries at the same moment come newest-written first.
        write(clerk, "2031-08-01T09:14:00Z", "read 14 again");
        AuditFilter mine = AuditFilter.EVERYTHING.byActor(clerk.auditName());

        AuditPage first = core.audit().search(mine, 4, 0);
        AuditPage second = core.audit().search(mine, 4, 4);
        List<AuditEntry> all = new ArrayList<>();
        core.audit().export(mine, all::add);

        assertThat(first.entries())
                .extracting(AuditEntry::detail)
                .containsExactly("read 14 again", "read 14", "read 13", "read 12");
        assertThat(second.entries()).extracting(AuditEntry::detail).containsExactly("read 11", "read 10");
        assertThat(first.total()).isEqualTo(6);
        assertThat(second.total()).isEqualTo(6);
        assertThat(all).hasSize(6).startsWith(first.entries().toArray(AuditEntry[]::new));
    }

    @Test
    void refusesARangeThatEndsBeforeItStartsNamingTheField() {
        assertThatThrownBy(() ->
                        AuditFilter.EVERYTHING.between(LocalDate.parse("2031-06-10"), LocalDate.parse("2031-06-10")))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("to"));
        assertThatThrownBy(() -> core.audit().search(AuditFilter.EVERYTHING, 0, 0))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.error().field()).isEqualTo("limit"));
    }

    @Test
    void anAuditRowWrittenInAChangeThatRollsBackIsGoneWithTheChange() {
        StaffActor manager = clerk();
        String ics = "ZY" + String.format("%03d", PEOPLE.incrementAndGet() % 1000);

        assertThatThrownBy(() -> core.jdbi().useTransaction(h -> {
                    h.createUpdate("insert into ics (code, name) values (:code, 'Rolled back ICS')")
                            .bind("code", ics)
                            .execute();
                    core.audit()
                            .recordIn(h, AuditRecord.by(manager, "ICS_ADDED", Optional.empty(), ics, "Reorganisation"));
                    throw new IllegalStateException("the change fails after its audit row was written");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from ics where code = '" + ics + "'")).isZero();
        assertThat(core.audit().byActor(manager.auditName(), 10)).isEmpty();

        core.jdbi().useTransaction(h -> {
            h.createUpdate("insert into ics (code, name) values (:code, 'Committed ICS')")
                    .bind("code", ics)
                    .execute();
            core.audit().recordIn(h, AuditRecord.by(manager, "ICS_ADDED", Optional.empty(), ics, "Reorganisation"));
        });

        assertThat(count("select count(*) from ics where code = '" + ics + "'")).isOne();
        assertThat(core.audit().byActor(manager.auditName(), 10))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .containsExactly(tuple("ICS_ADDED", "Reorganisation"));
    }

    private void write(StaffActor who, String at, String detail) {
        at(at).record(AuditRecord.by(who, "VIEWED_WAITING_LIST", Optional.empty(), detail, ""));
    }

    private void write(StaffActor who, PatientId patient, String at, String detail) {
        at(at).record(AuditRecord.by(who, "VIEWED_PATIENT", Optional.of(patient), detail, ""));
    }

    private AuditLog at(String moment) {
        return new JdbiAuditLog(core.jdbi(), Clock.fixed(Instant.parse(moment), ZoneOffset.UTC));
    }

    private long count(String sql) {
        return core.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static StaffActor clerk() {
        return new StaffActor("audit-clerk-" + PEOPLE.incrementAndGet(), "BOOKINGS_CLERK", new OdsCode("ZT1"));
    }

    private PatientId registered() {
        String nhs = TestRequests.registeredPatient(core);
        return core.patients().findByNhsNumber(new NhsNumber(nhs)).orElseThrow().id();
    }
}
