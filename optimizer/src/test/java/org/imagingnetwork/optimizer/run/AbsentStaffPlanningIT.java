package org.imagingnetwork.optimizer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.CLOCK;
import static org.imagingnetwork.optimizer.run.SmallNetworkFixture.MONDAY;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.availability.AbsenceKind;
import org.imagingnetwork.core.availability.NewAbsence;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiDiaryReader;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientDirectory;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.imagingnetwork.core.jdbc.JdbiWaitingList;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.optimizer.allocation.AllocationPolicy;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.allocation.PostcodeAreaLocator;
import org.imagingnetwork.optimizer.diary.DiaryPlan;
import org.imagingnetwork.optimizer.diary.DiaryRule;
import org.imagingnetwork.optimizer.diary.DiarySolving;
import org.imagingnetwork.optimizer.diary.DiaryWeights;
import org.imagingnetwork.optimizer.diary.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * A diary run reads staff absences from the database: someone recorded as away is on leave in the
 * problem on exactly those days, their published post that day counts as a broken rule, and the
 * solved diary does not roster them then.
 */
class AbsentStaffPlanningIT {
    private static final String MARY = "YT2-S1";
    private static final String RAJ = "YT2-S2";
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final RunScope QUIET_TRUST =
            new RunScope(ScopeLevel.TRUST, Optional.of("YT2"), Optional.empty(), new Horizon(WEDNESDAY, THURSDAY));

    private final Database database = OptimizerDatabase.get();
    private final JdbiStaffAbsences absences;
    private final PlanningData data;
    private final Solvers solvers = Solvers.create();

    AbsentStaffPlanningIT() {
        SmallNetworkFixture.load(database.jdbi());
        var jdbi = database.jdbi();
        absences = new JdbiStaffAbsences(jdbi, CLOCK);
        data = new PlanningData(
                new JdbiNetworkDirectory(jdbi),
                new JdbiExamCatalogue(jdbi),
                new JdbiDiaryReader(jdbi),
                new JdbiWaitingList(jdbi),
                new JdbiPatientDirectory(jdbi),
                absences,
                new JdbiAuditLog(jdbi, CLOCK),
                AllocationPolicy.standard(),
                PostcodeAreaLocator::new,
                CLOCK);
    }

    @Test
    void aMemberOfStaffAwayOnADayIsNotRosteredThatDay() {
        // Thursday's published session at the quiet CDC is crewed by Mary and Raj.
        long thursdaySession = database.jdbi().inTransaction(h -> {
            long id = h.createQuery("select id from session where room_id = 'YT2CD-MR1' and clinic_date = :day")
                    .bind("day", THURSDAY)
                    .mapTo(Long.class)
                    .one();
            h.execute("insert into session_staff (session_id, staff_id) values (?, ?), (?, ?)", id, MARY, id, RAJ);
            return id;
        });
        StaffActor manager = new StaffActor("rota-manager", "DIARY_MANAGER", new OdsCode("YT2"));
        try {
            DiaryPlan before = data.diary(RunId.random(), QUIET_TRUST, DiaryWeights.standard());
            assertThat(member(before, MARY).onLeave(THURSDAY)).isFalse();
            assertThat(brokenLeaveRule(before))
                    .as("nobody away: no post breaks the leave rule")
                    .isZero();

            absences.record(new NewAbsence(MARY, THURSDAY, THURSDAY, AbsenceKind.SICKNESS, "", manager, "Phoned in"));
            DiaryPlan problem = data.diary(RunId.random(), QUIET_TRUST, DiaryWeights.standard());

            assertThat(member(problem, MARY).onLeave(THURSDAY)).isTrue();
            assertThat(member(problem, MARY).onLeave(WEDNESDAY)).isFalse();
            assertThat(member(problem, RAJ).onLeave(THURSDAY)).isFalse();
            assertThat(brokenLeaveRule(problem))
                    .as("her published Thursday post now breaks the leave rule")
                    .isEqualTo(1);

            DiaryPlan solved = SolverFactory.<DiaryPlan>create(
                            DiarySolving.within(Duration.ofSeconds(5)).solverConfig())
                    .buildSolver()
                    .solve(problem);

            assertThat(solved.score().isFeasible())
                    .as("score %s", solved.score())
                    .isTrue();
            assertThat(solved.posts())
                    .filteredOn(
                            post -> post.staff() != null && post.staff().id().equals(MARY))
                    .allSatisfy(post -> assertThat(post.session().day()).isNotEqualTo(THURSDAY));
        } finally {
            // The fixture is shared with the other run tests: leave it as it was.
            database.jdbi().useTransaction(h -> {
                h.execute("delete from session_staff where session_id = ?", thursdaySession);
                h.execute("delete from staff_absence where staff_id = ?", MARY);
            });
            solvers.close();
        }
    }

    private long brokenLeaveRule(DiaryPlan plan) {
        ConstraintAnalysis<HardSoftLongScore> leave =
                solvers.diaryAnalysis().analyze(plan).getConstraintAnalysis(DiaryRule.STAFF_ON_LEAVE.constraintName());
        return leave == null ? 0 : leave.matchCount();
    }

    private static StaffMember member(DiaryPlan plan, String id) {
        return plan.staff().stream()
                .filter(member -> member.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
