package org.imagingnetwork.core.bi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.imagingnetwork.core.bi.HandCountedNetwork.CT;
import static org.imagingnetwork.core.bi.HandCountedNetwork.XR;
import static org.imagingnetwork.core.bi.HandCountedNetwork.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imagingnetwork.core.bi.BreachShare.By;
import org.imagingnetwork.core.bi.Turnaround.Milestone;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.JdbiDiaryFigures;
import org.imagingnetwork.core.jdbc.JdbiFigureRefresh;
import org.imagingnetwork.core.jdbc.JdbiRequestFigures;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.request.RisEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure on a history counted by hand. The period is Monday 2 to Sunday 15 November 2026
 * ({@code [2 Nov, 16 Nov)}); the figures are refreshed at Monday 16 November 12:00. London time is
 * UTC throughout November. Requests R1–R14, their moments and what they count for are listed in
 * {@link #history}; each assertion below works its expected values out from that list.
 */
class NetworkFiguresIT {

    private static final OdsCode ZBA = new OdsCode("ZBA");
    private static final OdsCode ZBB = new OdsCode("ZBB");
    private static final OdsCode ZBC = new OdsCode("ZBC");
    private static final OdsCode ZBA1 = new OdsCode("ZBA1");
    private static final OdsCode ZBB1 = new OdsCode("ZBB1");
    private static final OdsCode ZBC1 = new OdsCode("ZBC1");
    private static final LocalDate MON_2_NOV = LocalDate.of(2026, 11, 2);
    private static final LocalDate MON_9_NOV = LocalDate.of(2026, 11, 9);
    private static final LocalDate MON_16_NOV = LocalDate.of(2026, 11, 16);

    /** The two trusts of ICS ZB1, as a manager of that ICS would see. */
    private static final FigureFilter ZB1 = FigureFilter.of(Set.of(ZBA, ZBB), MON_2_NOV, MON_16_NOV);

    private static HandCountedNetwork network;
    private static RequestFigures requests;
    private static DiaryFigures diary;
    private static Freshness refreshed;

    @BeforeAll
    static void history() {
        network = new HandCountedNetwork();
        // Diaries. S1: ZBA1 CT, Tue 10 Nov 09:00, 4 x 15 min. S2: ZBA1 X-ray, Wed 4 Nov 09:00, 6 x 10 min.
        // S3: ZBB1 X-ray, Thu 5 Nov 09:00, 5 x 10 min, the last blocked. S4: ZBC1 X-ray, Thu 5 Nov, 3 x 10 min.
        // S5: a draft ZBB1 session, never released, which utilisation must leave out.
        List<SlotId> s1 = network.session("ZBA1-CT1", "2026-11-10T09:00:00Z", 15, 4, "CT general", CT, "RELEASED");
        List<SlotId> s2 = network.session("ZBA1-XR1", "2026-11-04T09:00:00Z", 10, 6, "XR general", XR, "RELEASED");
        List<SlotId> s3 = network.session("ZBB1-XR1", "2026-11-05T09:00:00Z", 10, 5, "XR general", XR, "RELEASED");
        network.block(s3.get(4));
        List<SlotId> s4 = network.session("ZBC1-XR1", "2026-11-05T09:00:00Z", 10, 3, "XR general", XR, "RELEASED");
        network.session("ZBB1-XR1", "2026-11-06T09:00:00Z", 10, 2, "XR general", XR, "DRAFT");

        // Long waiters, before the period: R11 (ZBA CT) and R14 (ZBC X-ray) from Mon 3 Aug, R10 (ZBA
        // X-ray) from Tue 1 Sep, R12 (ZBB X-ray, planned, due Fri 20 Nov) from Thu 1 Oct.
        RequestId r11 = network.refer("ZBA", CT, "B15 2TH", "2026-08-03T09:00:00Z");
        RequestId r14 = network.refer("ZBC", XR, "B15 2TH", "2026-08-03T09:00:00Z");
        network.accept(r11, "2026-08-04T09:00:00Z");
        network.accept(r14, "2026-08-04T09:00:00Z");
        RequestId r10 = network.refer("ZBA", XR, "B15 2TH", "2026-09-01T09:00:00Z");
        network.accept(r10, "2026-09-02T09:00:00Z");
        RequestId r12 = network.refer(
                "ZBB", XR, Priority.PLANNED, LocalDate.of(2026, 11, 20), "B15 2TH", "2026-10-01T09:00:00Z");
        network.accept(r12, "2026-10-02T09:00:00Z");

        // Monday 2 November.
        RequestId r1 = network.refer("ZBA", XR, "B15 2TH", "2026-11-02T09:00:00Z");
        RequestId r9 = network.refer("ZBC", XR, "B15 2TH", "2026-11-02T09:00:00Z");
        RequestId r8 = network.refer("ZBB", XR, "B15 2TH", "2026-11-02T09:30:00Z");
        RequestId r2 = network.refer("ZBA", XR, "WR5 1DD", "2026-11-02T10:00:00Z");
        network.accept(r9, "2026-11-02T10:00:00Z");
        network.accept(r8, "2026-11-02T10:30:00Z");
        network.accept(r1, "2026-11-02T11:00:00Z");
        // B99 is no district in the table: the patient is placed at the centre of area B.
        RequestId r3 = network.refer("ZBA", XR, "B99 9ZZ", "2026-11-02T11:00:00Z");
        network.book(r9, s4.get(0), "2026-11-02T11:00:00Z");
        network.book(r8, s3.get(1), "2026-11-02T11:30:00Z");
        network.book(r1, s2.get(0), "2026-11-02T12:00:00Z");
        RequestId r4 = network.refer("ZBA", XR, "B15 2TH", "2026-11-02T12:00:00Z");
        network.accept(r3, "2026-11-02T13:00:00Z");
        RequestId r5 = network.refer("ZBA", CT, "B15 2TH", "2026-11-02T13:00:00Z");
        AppointmentId r3First = network.book(r3, s2.get(1), "2026-11-02T14:00:00Z");
        network.accept(r4, "2026-11-02T14:00:00Z");

        // Tuesday 3 November. R3's cancellation releases S2's second slot; R4, offered it, books it at 15:00.
        network.cancel(r3First, true, "2026-11-03T09:00:00Z");
        network.reject(r5, "2026-11-03T09:00:00Z");
        network.refer("ZBA", CT, "B15 2TH", "2026-11-03T09:00:00Z"); // R6, never vetted
        network.accept(r2, "2026-11-03T10:00:00Z");
        RequestId r7 = network.refer("ZBA", CT, "ZE1 0AA", "2026-11-03T10:00:00Z"); // ZE: no centre known
        network.offer(r4, s2.get(1), "2026-11-03T10:00:00Z");
        network.offer(r10, s3.get(2), "2026-11-03T10:00:00Z");
        network.offer(r14, s4.get(1), "2026-11-03T10:00:00Z");
        network.book(r2, s3.get(0), "2026-11-03T12:00:00Z");
        network.book(r4, s2.get(1), "2026-11-03T15:00:00Z");

        // Wednesday 4 November.
        network.ris(r1, RisEvent.ATTENDED, "2026-11-04T09:15:00Z");
        network.ris(r1, RisEvent.ACQUIRED, "2026-11-04T09:20:00Z");
        network.ris(r4, RisEvent.ATTENDED, "2026-11-04T09:20:00Z");
        network.accept(r7, "2026-11-04T16:00:00Z");
        AppointmentId r7Booking = network.book(r7, s1.get(0), "2026-11-04T17:00:00Z");

        // Thursday 5 November. R7 withdraws: S1's first slot is released and nobody takes it.
        network.cancel(r7Booking, false, "2026-11-05T09:00:00Z");
        network.ris(r9, RisEvent.ATTENDED, "2026-11-05T09:10:00Z");
        network.ris(r1, RisEvent.REPORTED, "2026-11-05T09:20:00Z");
        network.ris(r8, RisEvent.ATTENDED, "2026-11-05T09:20:00Z");
        network.ris(r8, RisEvent.ACQUIRED, "2026-11-05T09:25:00Z");
        network.ris(r2, RisEvent.DID_NOT_ATTEND, "2026-11-05T10:00:00Z");
        network.move(r2, RequestState.WAITING, "2026-11-05T11:00:00Z");

        // Later.
        network.ris(r1, RisEvent.AMENDED, "2026-11-06T09:00:00Z");
        network.ris(r8, RisEvent.REPORTED, "2026-11-09T09:25:00Z");
        network.refer("ZBB", XR, "B15 2TH", "2026-11-13T10:00:00Z"); // R13, never vetted

        network.clock().set(at("2026-11-16T12:00:00Z"));
        JdbiFigureRefresh refresh = new JdbiFigureRefresh(network.jdbi(), network.clock());
        refreshed = refresh.refresh();
        requests = new JdbiRequestFigures(network.jdbi());
        diary = new JdbiDiaryFigures(network.jdbi());
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @Test
    void refreshStampsTheClocksMoment() {
        assertThat(refreshed.refreshedAt()).isEqualTo(at("2026-11-16T12:00:00Z"));
        assertThat(refreshed.generation()).isEqualTo(1);
    }

    @Test
    void flowCountsEveryEntryIntoEachStatePerDay() {
        // Mon 2 Nov: received R1 R8 R2 R3 R4 R5 (6); vetted and waiting R8 R1 R3 R4 (4 each); appointed R8 R1 R3 (3).
        // Tue 3 Nov: received R6 R7; vetted R2; waiting R3 (its appointment cancelled) and R2; rejected R5;
        //            appointed R2 R4.
        // Wed 4 Nov: attended R1 R4; acquired R1; vetted, waiting and appointed R7.
        // Thu 5 Nov: cancelled R7; reported R1; attended and acquired R8; did not attend R2, then waiting again.
        // Fri 6 Nov: amended R1. Mon 9 Nov: reported R8. Fri 13 Nov: received R13.
        // R9 and R14 are ZBC's and the long waiters' events came before the period: none counts.
        assertThat(requests.flow(ZB1))
                .containsExactly(
                        flow("2026-11-02", RequestState.RECEIVED, 6),
                        flow("2026-11-02", RequestState.VETTED, 4),
                        flow("2026-11-02", RequestState.WAITING, 4),
                        flow("2026-11-02", RequestState.APPOINTED, 3),
                        flow("2026-11-03", RequestState.RECEIVED, 2),
                        flow("2026-11-03", RequestState.VETTED, 1),
                        flow("2026-11-03", RequestState.REJECTED, 1),
                        flow("2026-11-03", RequestState.WAITING, 2),
                        flow("2026-11-03", RequestState.APPOINTED, 2),
                        flow("2026-11-04", RequestState.VETTED, 1),
                        flow("2026-11-04", RequestState.WAITING, 1),
                        flow("2026-11-04", RequestState.APPOINTED, 1),
                        flow("2026-11-04", RequestState.ATTENDED, 2),
                        flow("2026-11-04", RequestState.ACQUIRED, 1),
                        flow("2026-11-05", RequestState.WAITING, 1),
                        flow("2026-11-05", RequestState.ATTENDED, 1),
                        flow("2026-11-05", RequestState.DID_NOT_ATTEND, 1),
                        flow("2026-11-05", RequestState.CANCELLED, 1),
                        flow("2026-11-05", RequestState.ACQUIRED, 1),
                        flow("2026-11-05", RequestState.REPORTED, 1),
                        flow("2026-11-06", RequestState.AMENDED, 1),
                        flow("2026-11-09", RequestState.REPORTED, 1),
                        flow("2026-11-13", RequestState.RECEIVED, 1));
    }

    @Test
    void flowByWeekAddsTheDaysOfEachWeek() {
        // Week of Mon 2 Nov: received 6+2 = 8, vetted 4+1+1 = 6, waiting 4+2+1+1 = 8, appointed 3+2+1 = 6,
        // rejected 1, attended 2+1 = 3, acquired 1+1 = 2, reported 1, did not attend 1, cancelled 1, amended 1.
        // Week of Mon 9 Nov: reported R8, received R13.
        assertThat(requests.flow(ZB1.by(Grain.WEEK)))
                .containsExactly(
                        flow("2026-11-02", RequestState.RECEIVED, 8),
                        flow("2026-11-02", RequestState.VETTED, 6),
                        flow("2026-11-02", RequestState.REJECTED, 1),
                        flow("2026-11-02", RequestState.WAITING, 8),
                        flow("2026-11-02", RequestState.APPOINTED, 6),
                        flow("2026-11-02", RequestState.ATTENDED, 3),
                        flow("2026-11-02", RequestState.DID_NOT_ATTEND, 1),
                        flow("2026-11-02", RequestState.CANCELLED, 1),
                        flow("2026-11-02", RequestState.ACQUIRED, 2),
                        flow("2026-11-02", RequestState.REPORTED, 1),
                        flow("2026-11-02", RequestState.AMENDED, 1),
                        flow("2026-11-09", RequestState.RECEIVED, 1),
                        flow("2026-11-09", RequestState.REPORTED, 1));
    }

    @Test
    void waitingListAtTheEndOfThePeriodByWeeksWaited() {
        // Census: midnight ending Sun 15 Nov. Still waiting (not scanned, rejected or withdrawn):
        //   R13 received Fri 13 Nov: 2 days -> 0–1 weeks.
        //   R2 (did not attend, waiting again) and R3 (appointment cancelled) from Mon 2 Nov: 13 days -> 1–2;
        //   R6 (never vetted) from Tue 3 Nov: 12 days -> 1–2.
        //   R10 from Tue 1 Sep: 75 days (10 weeks) -> 6+. R11 from Mon 3 Aug: 104 days (14 weeks) -> 6+ and 13+.
        // Not counted: R1 R4 R8 scanned, R5 rejected, R7 withdrawn, R12 planned and not due until 20 Nov,
        // R9 and R14 outside the scope.
        WaitingCensus census = requests.waitingList(ZB1);
        assertThat(census.day()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(census.moment()).isEqualTo(at("2026-11-16T00:00:00Z"));
        assertThat(census.bands())
                .extracting(WaitBand::label, WaitBand::requests)
                .containsExactly(
                        tuple("0–1", 1L),
                        tuple("1–2", 3L),
                        tuple("2–3", 0L),
                        tuple("3–4", 0L),
                        tuple("4–5", 0L),
                        tuple("5–6", 0L),
                        tuple("6+", 2L),
                        tuple("13+", 1L));
        assertThat(census.waiting()).isEqualTo(6);
        assertThat(census.overSixWeeks()).isEqualTo(2);
        assertThat(census.shareOverSixWeeks()).isEqualTo(2.0 / 6);
        assertThat(census.meetsStandard()).isFalse();
    }

    @Test
    void censusIsTakenAtTheRefreshWhenThePeriodRunsPastIt() {
        // The period runs to Fri 20 Nov, past the refresh at Mon 16 Nov 12:00, so the census is the
        // refresh: the same six requests, two more days waited; R12 is not due until 20 Nov.
        WaitingCensus census =
                requests.waitingList(FigureFilter.of(Set.of(ZBA, ZBB), MON_2_NOV, LocalDate.of(2026, 11, 21)));
        assertThat(census.moment()).isEqualTo(at("2026-11-16T12:00:00Z"));
        assertThat(census.day()).isEqualTo(MON_16_NOV);
        // R13: 3 days; R2 R3: 14 days -> 2–3; R6: 13 days -> 1–2; R10: 76 days; R11: 105 days.
        assertThat(census.bands()).extracting(WaitBand::requests).containsExactly(1L, 1L, 2L, 0L, 0L, 0L, 2L, 1L);
    }

    @Test
    void breachSharePerTrustAndPerModality() {
        // ZBA: R2 R3 R6 R10 R11 waiting, R10 R11 over six weeks. ZBB: R13 only.
        // CT: R6 R11 (R11 over). XR: R2 R3 R10 R13 (R10 over).
        assertThat(requests.breachShares(ZB1))
                .containsExactly(
                        new BreachShare(By.TRUST, "ZBA", 5, 2),
                        new BreachShare(By.TRUST, "ZBB", 1, 0),
                        new BreachShare(By.MODALITY, "CT", 2, 1),
                        new BreachShare(By.MODALITY, "XR", 4, 1));
    }

    @Test
    void breachTrendTakesTheCensusAtTheEndOfEachCompleteWeek() {
        // Sun 8 Nov: R2 R3 R6 on the list for under a week, R10 (68 days) and R11 (97 days) over six
        // weeks; R13 not yet referred. Sun 15 Nov: as the census above, 6 waiting, 2 over.
        assertThat(requests.breachTrend(ZB1))
                .containsExactly(
                        new BreachWeek(LocalDate.of(2026, 11, 8), 5, 2),
                        new BreachWeek(LocalDate.of(2026, 11, 15), 6, 2));
    }

    @Test
    void turnaroundFromReferralToEachMilestone() {
        // Vetted in the period: R8 1 h, R1 2 h, R3 2 h, R4 2 h, R2 24 h, R7 30 h.
        //   median = (2 h + 2 h) / 2 = 2 h; p90 at rank 4.5 = 24 h + 0.5 * (30 h - 24 h) = 27 h.
        // Appointed (first booking): R8 2 h, R1 3 h, R3 3 h, R2 26 h, R4 27 h, R7 31 h.
        //   median = (3 h + 26 h) / 2 = 14.5 h; p90 = 27 h + 0.5 * 4 h = 29 h.
        // Scanned (first attended): R4 45 h 20 min, R1 48 h 15 min, R8 71 h 50 min.
        //   median = 48.25 h; p90 at rank 1.8 = 48.25 h + 0.8 * (71 h 50 min - 48 h 15 min) = 67.1167 h.
        // Reported: R1 72 h 20 min, R8 167 h 55 min. median = 120 h 7.5 min; p90 = 72 h 20 min + 0.9 * 95 h 35 min.
        List<Turnaround> turnaround = requests.turnaround(ZB1);
        assertThat(turnaround)
                .extracting(Turnaround::milestone, Turnaround::requests)
                .containsExactly(
                        tuple(Milestone.VETTED, 6L),
                        tuple(Milestone.APPOINTED, 6L),
                        tuple(Milestone.SCANNED, 3L),
                        tuple(Milestone.REPORTED, 2L));
        assertDays(turnaround.get(0), hours(2), hours(27));
        assertDays(turnaround.get(1), hours(14.5), hours(29));
        assertDays(turnaround.get(2), hours(48.25), hours(48.25 + 0.8 * (71 + 50 / 60.0 - 48.25)));
        double r1 = 72 + 20 / 60.0;
        double r8 = 167 + 55 / 60.0;
        assertDays(turnaround.get(3), hours((r1 + r8) / 2), hours(r1 + 0.9 * (r8 - r1)));

        // Against the standard targets (3, 14, 42 and 70 days) every 90th percentile above is within.
        assertThat(turnaround)
                .extracting(TurnaroundTargets.standard()::judge)
                .containsOnly(TurnaroundTargets.Outcome.MET);
        // Tighter ones, each close to its percentile: vetted 27 h is over 1 day, appointed 29 h within
        // 2 days, scanned 67.1 h over 2 days, reported 158.4 h (6.6 days) within 7.
        TurnaroundTargets tight = new TurnaroundTargets(1, 2, 2, 7);
        assertThat(turnaround)
                .extracting(tight::judge)
                .containsExactly(
                        TurnaroundTargets.Outcome.MISSED,
                        TurnaroundTargets.Outcome.MET,
                        TurnaroundTargets.Outcome.MISSED,
                        TurnaroundTargets.Outcome.MET);
        assertThat(TurnaroundTargets.standard()
                        .judge(requests.turnaround(ZB1.withPriority(Priority.URGENT))
                                .get(0)))
                .as("nobody reached it: nothing to judge")
                .isEqualTo(TurnaroundTargets.Outcome.NO_REQUESTS);
    }

    @Test
    void attendanceAndCancellationPerSiteAndModality() {
        // ZBA1 CT: R7 booked, then withdrawn (cancelled); no outcome reported, so no DNA rate.
        // ZBA1 XR: R1, R3, R4 booked; R3's cancelled; R1 and R4 attended.
        // ZBB1 XR: R8 and R2 booked (R2 referred by ZBA: the site's trust counts); R8 attended, R2 did not.
        // ZBC1 is outside the scope.
        List<AttendanceRate> rates = diary.attendance(ZB1);
        assertThat(rates)
                .containsExactly(
                        new AttendanceRate(ZBA1, Modality.CT, 1, 1, 0, 0),
                        new AttendanceRate(ZBA1, Modality.XR, 3, 1, 2, 0),
                        new AttendanceRate(ZBB1, Modality.XR, 2, 0, 1, 1));
        assertThat(rates.get(0).didNotAttendRate()).isEmpty();
        assertThat(rates.get(0).cancellationRate()).hasValue(1.0);
        assertThat(rates.get(1).didNotAttendRate()).hasValue(0.0);
        assertThat(rates.get(1).cancellationRate()).hasValue(1.0 / 3);
        assertThat(rates.get(2).didNotAttendRate()).hasValue(0.5);
        assertThat(rates.get(2).cancellationRate()).hasValue(0.0);
    }

    @Test
    void utilisationIsBookedOfBookableMinutesInReleasedSessions() {
        // ZBA1 CT general (S1): 4 x 15 = 60 min, none booked (R7's slot was freed again).
        // ZBA1 XR general (S2): 6 x 10 = 60 min; R1's and R4's slots booked: 20 min.
        // ZBB1 XR general (S3): 4 bookable x 10 = 40 min (the fifth blocked); R2's (did not attend, still
        // booked) and R8's: 20 min. The draft session S5 and ZBC1's S4 do not count.
        assertThat(diary.utilisation(ZB1))
                .containsExactly(
                        new RoomUtilisation(ZBA1, "CT general", 60, 0),
                        new RoomUtilisation(ZBA1, "XR general", 60, 20),
                        new RoomUtilisation(ZBB1, "XR general", 40, 20));
    }

    @Test
    void releasedSlotsRefilledUnusedAndOffers() {
        // Released: S2's second slot (R3 cancelled, Tue 09:00), booked again by R4 at Tue 15:00 (6 hours);
        // S1's first slot (R7 withdrew, Thu 09:00), which started on Tue 10 Nov still free: unused.
        // Offers: R4 for S2's slot (accepted by booking it), R10 for S3's third slot (still open);
        // R14's for ZBC1 is outside the scope.
        assertThat(diary.releasedSlots(ZB1)).isEqualTo(new ReleasedSlots(2, 1, OptionalDouble.of(6.0), 1, 2, 1));
    }

    @Test
    void patientChoiceCountsOtherTrustsAndDistances() {
        // Booked in the period by ZBA and ZBB: R8, R1, R3, R2, R4, R7 (R3's cancelled booking counts: it
        // was a choice). R2, referred by ZBA, chose ZBB1. R7's postcode (ZE1) cannot be placed, so five
        // distances: R2 WR5 -> ZBB1 ~2.1 km, R1 and R4 B15 -> ZBA1 ~2.2 km, R3 area B -> ZBA1 ~4.3 km,
        // R8 B15 -> ZBB1 ~35 km; median is R1's, p90 at rank 3.6 lies between R3's and R8's.
        GeoPoint zba1 = new GeoPoint(52.45, -1.94);
        GeoPoint zbb1 = new GeoPoint(52.19, -2.18);
        GeoPoint b15 = new GeoPoint(52.465, -1.918);
        double r2 = new GeoPoint(52.175, -2.200).kilometresTo(zbb1);
        double r1 = b15.kilometresTo(zba1);
        double r3 = new GeoPoint(52.480, -1.900).kilometresTo(zba1);
        double r8 = b15.kilometresTo(zbb1);
        double[] sorted = {r2, r1, r1, r3, r8};
        assertThat(sorted).isSorted();
        PatientChoice choice = requests.patientChoice(ZB1);
        assertThat(choice.bookings()).isEqualTo(6);
        assertThat(choice.atAnotherTrust()).isEqualTo(1);
        assertThat(choice.placed()).isEqualTo(5);
        assertThat(choice.medianKm().getAsDouble()).isCloseTo(r1, within(1e-9));
        assertThat(choice.p90Km().getAsDouble()).isCloseTo(r3 + 0.6 * (r8 - r3), within(1e-9));
    }

    @Test
    void scopeKeepsOtherTrustsOut() {
        FigureFilter zbc = FigureFilter.of(Set.of(ZBC), MON_2_NOV, MON_16_NOV);
        // ZBC's own: R9 received, vetted, waiting, appointed on Mon 2 Nov and attended on Thu 5 Nov; R14 waiting
        // since 3 Aug (104 days); R9's booking at ZBC1; R14's offer.
        assertThat(requests.flow(zbc.by(Grain.WEEK)))
                .extracting(StateFlow::state, StateFlow::entries)
                .containsExactly(
                        tuple(RequestState.RECEIVED, 1L),
                        tuple(RequestState.VETTED, 1L),
                        tuple(RequestState.WAITING, 1L),
                        tuple(RequestState.APPOINTED, 1L),
                        tuple(RequestState.ATTENDED, 1L));
        assertThat(requests.waitingList(zbc).bands())
                .extracting(WaitBand::requests)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(requests.patientChoice(zbc).bookings()).isEqualTo(1);
        assertThat(diary.utilisation(zbc)).containsExactly(new RoomUtilisation(ZBC1, "XR general", 30, 10));
        assertThat(diary.attendance(zbc)).containsExactly(new AttendanceRate(ZBC1, Modality.XR, 1, 0, 1, 0));
        assertThat(diary.releasedSlots(zbc)).isEqualTo(new ReleasedSlots(0, 0, OptionalDouble.empty(), 0, 1, 0));

        // Asking for a trust outside the scope narrows to nothing rather than widening the scope.
        FigureFilter zbaAskingForZbc =
                FigureFilter.of(Set.of(ZBA), MON_2_NOV, MON_16_NOV).withTrust(ZBC);
        assertThat(requests.flow(zbaAskingForZbc)).isEmpty();
        assertThat(requests.waitingList(zbaAskingForZbc).waiting()).isZero();
        assertThat(requests.breachShares(zbaAskingForZbc)).isEmpty();
        assertThat(requests.patientChoice(zbaAskingForZbc).bookings()).isZero();
        assertThat(diary.utilisation(zbaAskingForZbc)).isEmpty();
        assertThat(diary.attendance(zbaAskingForZbc)).isEmpty();
        assertThat(diary.releasedSlots(zbaAskingForZbc).offersSent()).isZero();
    }

    @Test
    void filtersNarrowByIcsSiteModalityAndPriority() {
        // ZBB alone: R13 on the list; in ICS ZB2 (ZBC's) nothing of ZBA's or ZBB's.
        assertThat(requests.waitingList(ZB1.withTrust(ZBB)).waiting()).isEqualTo(1);
        assertThat(requests.waitingList(ZB1.withIcs("ZB2")).waiting()).isZero();
        // CT: R6 and R11 waiting; R11 for 14 weeks.
        assertThat(requests.waitingList(ZB1.withModality(Modality.CT)).bands())
                .extracting(WaitBand::requests)
                .containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L, 1L);
        // Site ZBB1: R2 is waiting again after not attending there; R8's events there: booked, attended,
        // acquired, reported; R2's booked, did not attend, waiting.
        assertThat(requests.waitingList(ZB1.withSite(ZBB1)).waiting()).isEqualTo(1);
        assertThat(requests.flow(ZB1.withSite(ZBB1).by(Grain.WEEK)))
                .extracting(StateFlow::period, StateFlow::state, StateFlow::entries)
                .containsExactly(
                        tuple(MON_2_NOV, RequestState.WAITING, 1L),
                        tuple(MON_2_NOV, RequestState.APPOINTED, 2L),
                        tuple(MON_2_NOV, RequestState.ATTENDED, 1L),
                        tuple(MON_2_NOV, RequestState.DID_NOT_ATTEND, 1L),
                        tuple(MON_2_NOV, RequestState.ACQUIRED, 1L),
                        tuple(MON_9_NOV, RequestState.REPORTED, 1L));
        // No urgent requests at all.
        assertThat(requests.turnaround(ZB1.withPriority(Priority.URGENT))).allSatisfy(t -> {
            assertThat(t.requests()).isZero();
            assertThat(t.medianDays()).isEmpty();
        });
    }

    @Test
    void secondRefreshWithNothingNewChangesNoFigure() {
        List<StateFlow> before = requests.flow(ZB1);
        Freshness again = new JdbiFigureRefresh(network.jdbi(), network.clock()).refresh();
        assertThat(again.generation()).isGreaterThan(refreshed.generation());
        assertThat(requests.flow(ZB1)).isEqualTo(before);
    }

    @Test
    void twoInstancesRefreshingAtOnceBothSucceedAndAgree() throws Exception {
        List<StateFlow> before = requests.flow(ZB1);
        long generation = new JdbiFigureRefresh(network.jdbi(), network.clock())
                .freshness()
                .generation();
        // Two instances' refreshes, each with its own pool over the same database, started together.
        try (Database other = Database.connect(DatabaseSettings.of(network.url()))) {
            List<FigureRefresh> instances = List.of(
                    new JdbiFigureRefresh(network.jdbi(), network.clock()),
                    new JdbiFigureRefresh(other.jdbi(), network.clock()));
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Freshness>> done = new ArrayList<>();
                for (FigureRefresh instance : instances) {
                    done.add(threads.submit(() -> {
                        together.await();
                        return instance.refresh();
                    }));
                }
                for (Future<Freshness> each : done) {
                    // One rebuilt; the other either waited and took that rebuild, or rebuilt after it.
                    assertThat(each.get(60, TimeUnit.SECONDS).generation()).isBetween(generation + 1, generation + 2);
                }
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(requests.flow(ZB1)).isEqualTo(before);
    }

    private static StateFlow flow(String day, RequestState state, long entries) {
        return new StateFlow(LocalDate.parse(day), state, entries);
    }

    private static double hours(double hours) {
        return hours / 24;
    }

    private static void assertDays(Turnaround turnaround, double medianDays, double p90Days) {
        assertThat(turnaround.medianDays().getAsDouble()).isCloseTo(medianDays, within(1e-9));
        assertThat(turnaround.p90Days().getAsDouble()).isCloseTo(p90Days, within(1e-9));
    }
}
