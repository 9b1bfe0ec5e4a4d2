package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TRUST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.at;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.diary.Session;
import org.imagingnetwork.core.diary.SessionId;
import org.imagingnetwork.core.diary.SessionStatus;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.optimizer.sessiontype.SessionTypes;
import org.junit.jupiter.api.Test;

class DiaryProblemTest {

    private static final Site CITY = withHours(
            DiaryNetwork.CITY,
            new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(20, 0)),
            new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    @Test
    void plansMorningsAndAfternoonsInsideOpeningHoursAndKeepsThePublishedDiary() {
        SessionTypes types = new SessionTypes(DiaryNetwork.TYPES);
        NetworkSnapshot network = new NetworkSnapshot(
                List.of(new Ics("QHL", "Birmingham and Solihull")),
                List.of(TRUST),
                List.of(CITY, DiaryNetwork.CDC),
                List.of(CITY_MR, DiaryNetwork.CDC_MR),
                List.of(staff(ANNA), staff(BEN), staff(DiaryNetwork.DEV)));
        Session published = new Session(
                new SessionId(77),
                CITY_MR.id(),
                MONDAY,
                at(MONDAY, 8),
                at(MONDAY, 12),
                "MR-CON",
                Set.of(new ExamCode("MRCON")),
                Set.of(ANNA.id()),
                SessionStatus.RELEASED);

        DiaryPlan plan = DiaryProblem.build(
                network,
                Set.of(CITY.odsCode()),
                Optional.empty(),
                types,
                List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)),
                List.of(published),
                Set.of(new SessionId(77)),
                Map.of(BEN.id(), Set.of(MONDAY)),
                List.of(new Demand("QHL", "MRI general", 240, 0, 0, 1), new Demand("QGH", "MRI general", 240, 0, 0, 1)),
                DiaryWeights.standard());

        assertThat(plan.sessions()).extracting(s -> s.room().id()).containsOnly(CITY_MR.id());
        assertThat(plan.sessions())
                .extracting(RoomSession::startsAt)
                .containsExactly(at(MONDAY, 8), moment(MONDAY, 13, 0), moment(MONDAY.plusDays(1), 9, 0));
        RoomSession monday = plan.sessions().get(0);
        assertThat(monday.publishedType()).isEqualTo(DiaryNetwork.MR_CONTRAST);
        assertThat(monday.hasBookings()).isTrue();
        assertThat(plan.posts())
                .filteredOn(post -> post.session() == monday)
                .extracting(StaffPost::publishedStaff)
                .containsExactly(ANNA, null, null);
        assertThat(plan.posts()).hasSize(3 * DiaryProblem.POSTS_PER_SESSION);
        assertThat(plan.staff())
                .extracting(StaffMember::id)
                .containsExactly(ANNA.id(), BEN.id(), DiaryNetwork.DEV.id());
        assertThat(plan.staff().get(1).onLeave(MONDAY)).isTrue();
        assertThat(plan.demands()).extracting(Demand::locality).containsExactly("QHL");
        assertThat(DiaryProblem.localities(network.trusts())).containsEntry(TRUST.odsCode(), "QHL");
        assertThat(DiaryProblem.weekdays(MONDAY, 2)).hasSize(10);
    }

    @Test
    void leavesTheTimeOfASessionStaffClosedOutOfThePlan() {
        NetworkSnapshot network = new NetworkSnapshot(
                List.of(new Ics("QHL", "Birmingham and Solihull")),
                List.of(TRUST),
                List.of(CITY),
                List.of(CITY_MR),
                List.of(staff(ANNA)));
        Session closed = new Session(
                new SessionId(78),
                CITY_MR.id(),
                MONDAY,
                at(MONDAY, 8),
                at(MONDAY, 12),
                "MR-CON",
                Set.of(new ExamCode("MRCON")),
                Set.of(),
                SessionStatus.BLOCKED);

        DiaryPlan plan = DiaryProblem.build(
                network,
                Set.of(CITY.odsCode()),
                Optional.empty(),
                new SessionTypes(DiaryNetwork.TYPES),
                List.of(MONDAY),
                List.of(closed),
                Set.of(),
                Map.of(),
                List.of(),
                DiaryWeights.standard());

        assertThat(plan.sessions())
                .as("the closed morning is neither run nor re-planned from opening hours")
                .extracting(RoomSession::startsAt)
                .containsExactly(moment(MONDAY, 13, 0));
    }

    @Test
    void plansOnlyTheRoomsTypesAndDemandOfTheScopedModality() {
        SessionTypes types = new SessionTypes(DiaryNetwork.TYPES);
        NetworkSnapshot network = new NetworkSnapshot(
                List.of(new Ics("QHL", "Birmingham and Solihull")),
                List.of(TRUST),
                List.of(CITY),
                List.of(CITY_MR, DiaryNetwork.CITY_CT),
                List.of(staff(ANNA), staff(BEN)));
        List<Demand> demand = List.of(
                new Demand("QHL", DiaryNetwork.MR_GENERAL.family(), 240, 0, 0, 1),
                new Demand("QHL", DiaryNetwork.CT_GENERAL.family(), 240, 0, 0, 1));

        DiaryPlan ctOnly = DiaryProblem.build(
                network,
                Set.of(CITY.odsCode()),
                Optional.of(Modality.CT),
                types,
                List.of(MONDAY),
                List.of(),
                Set.of(),
                Map.of(),
                demand,
                DiaryWeights.standard());
        DiaryPlan every = DiaryProblem.build(
                network,
                Set.of(CITY.odsCode()),
                Optional.empty(),
                types,
                List.of(MONDAY),
                List.of(),
                Set.of(),
                Map.of(),
                demand,
                DiaryWeights.standard());

        assertThat(ctOnly.sessions()).isNotEmpty().allMatch(s -> s.room().equals(DiaryNetwork.CITY_CT));
        assertThat(ctOnly.sessionTypes()).isNotEmpty().allMatch(type -> type.modality() == Modality.CT);
        assertThat(ctOnly.demands()).extracting(Demand::family).containsExactly(DiaryNetwork.CT_GENERAL.family());
        assertThat(every.sessions()).extracting(s -> s.room().modality()).contains(Modality.CT, Modality.MR);
        assertThat(every.demands()).hasSize(2);
    }

    private static java.time.Instant moment(java.time.LocalDate day, int hour, int minute) {
        return org.imagingnetwork.core.time.London.moment(day, LocalTime.of(hour, minute));
    }

    private static Staff staff(StaffMember member) {
        return new Staff(
                member.id(),
                member.name(),
                member.role(),
                member.skills(),
                TRUST.odsCode(),
                member.homeSites(),
                member.contractedMinutesPerWeek() / 60);
    }

    private static Site withHours(Site site, OpeningHours... hours) {
        return new Site(
                site.odsCode(),
                site.trust(),
                site.name(),
                site.kind(),
                site.postcode(),
                site.location(),
                site.stepFreeAccess(),
                site.publicTransport(),
                site.parking(),
                site.minChildAge(),
                List.of(hours));
    }
}
