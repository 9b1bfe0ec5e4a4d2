package org.imagingnetwork.core.diary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.booking.AppointmentId;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.booking.SlotReleased;
import org.imagingnetwork.core.booking.SlotsBlocked;
import org.imagingnetwork.core.diary.DiaryChange.Kind;
import org.imagingnetwork.core.diary.DiaryOutcome.Changed;
import org.imagingnetwork.core.diary.DiaryOutcome.Invalid;
import org.imagingnetwork.core.diary.DiaryOutcome.NotFound;
import org.imagingnetwork.core.patient.PatientId;

/**
 * What bookings staff change in the network diary: block a slot or a whole session with a reason,
 * release it again, and add an ad-hoc session. Each change is one PostgreSQL transaction holding the
 * status changes, a {@code SLOT_STATUS} outbox row for every slot whose status changed (so the trust's
 * RIS shows it {@code busy-unavailable} or {@code free} again), the block's own row, and its audit
 * rows (who, in which role, for which organisation, and why). After it commits, the room is announced on the slot-change channel so every portal
 * instance drops its cached free times there at once.
 *
 * <p>A patient booked into blocked time keeps the appointment: nobody is cancelled behind their back.
 * They appear in {@link #needingRebooking} until a clerk moves them. Slots that open again with nobody
 * in them are recorded as releases, the offer engine's cue (see {@link #reopen}).
 */
public final class DiaryChanges {

    private final DiaryStore store;
    private final SlotChangeNotifier slotChanges;
    private final Clock clock;

    public DiaryChanges(DiaryStore store, SlotChangeNotifier slotChanges, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.slotChanges = Objects.requireNonNull(slotChanges);
        this.clock = Objects.requireNonNull(clock);
    }

    public DiaryOutcome blockSlot(BlockSlot command) {
        return change(command.reason(), command.by(), (unit, now) -> {
            Optional<SlotInDiary> found = unit.lockSlot(command.slot());
            if (found.isEmpty()) {
                return refused(new NotFound("slot"));
            }
            SlotInDiary slot = found.get();
            if (!slot.startsAt().isAfter(now)) {
                return refused(Invalid.of("slot", "This slot's time has already passed"));
            }
            if (slot.sessionStatus() != SessionStatus.RELEASED) {
                return refused(Invalid.of(
                        "slot",
                        slot.sessionStatus() == SessionStatus.BLOCKED
                                ? "Its whole session is already blocked"
                                : "Its session is not open for booking"));
            }
            if (slot.status() == SlotStatus.BLOCKED) {
                return refused(Invalid.of("slot", "This slot is already blocked"));
            }
            String actor = command.by().auditName();
            unit.openSlotBlock(slot.id(), command.reason(), actor, now);
            Done done = new Done();
            block(unit, List.of(slot), now, done);
            return done.made(new DiaryChange(
                    Kind.SLOT_BLOCKED,
                    slot.room(),
                    slot.site(),
                    Optional.empty(),
                    done.slots,
                    done.toRebook,
                    command.reason(),
                    actor,
                    now));
        });
    }

    public DiaryOutcome blockSession(BlockSession command) {
        return change(command.reason(), command.by(), (unit, now) -> {
            Optional<SessionInDiary> found = unit.lockSession(command.session());
            if (found.isEmpty()) {
                return refused(new NotFound("session"));
            }
            SessionInDiary session = found.get();
            if (!session.endsAt().isAfter(now)) {
                return refused(Invalid.of("session", "This session has already ended"));
            }
            if (session.status() != SessionStatus.RELEASED) {
                return refused(Invalid.of(
                        "session",
                        session.status() == SessionStatus.BLOCKED
                                ? "This session is already blocked"
                                : "This session is not open for booking"));
            }
            String actor = command.by().auditName();
            unit.openSessionBlock(session.id(), command.reason(), actor, now);
            unit.setSessionStatus(session, SessionStatus.BLOCKED);
            // Slots already under way are left as they are; slots blocked on their own keep their block.
            List<SlotInDiary> toBlock = unit.lockSlotsOf(session.id()).stream()
                    .filter(slot -> slot.startsAt().isAfter(now) && slot.status() != SlotStatus.BLOCKED)
                    .toList();
            Done done = new Done();
            block(unit, toBlock, now, done);
            return done.made(new DiaryChange(
                    Kind.SESSION_BLOCKED,
                    session.room(),
                    session.site(),
                    Optional.of(session.id()),
                    done.slots,
                    done.toRebook,
                    command.reason(),
                    actor,
                    now));
        });
    }

    public DiaryOutcome releaseSlot(ReleaseSlot command) {
        return change(command.reason(), command.by(), (unit, now) -> {
            Optional<SlotInDiary> found = unit.lockSlot(command.slot());
            if (found.isEmpty()) {
                return refused(new NotFound("slot"));
            }
            SlotInDiary slot = found.get();
            if (!slot.startsAt().isAfter(now)) {
                return refused(Invalid.of("slot", "This slot's time has already passed"));
            }
            if (slot.sessionStatus() == SessionStatus.BLOCKED) {
                return refused(Invalid.of("slot", "Its whole session is blocked: release the session"));
            }
            if (!slot.blockedOnItsOwn()) {
                return refused(Invalid.of("slot", "This slot is not blocked"));
            }
            String actor = command.by().auditName();
            unit.endSlotBlock(slot.id(), command.reason(), actor, now);
            Done done = new Done();
            reopen(unit, List.of(slot), now, done);
            return done.made(new DiaryChange(
                    Kind.SLOT_RELEASED,
                    slot.room(),
                    slot.site(),
                    Optional.empty(),
                    done.slots,
                    done.toRebook,
                    command.reason(),
                    actor,
                    now));
        });
    }

    public DiaryOutcome releaseSession(ReleaseSession command) {
        return change(command.reason(), command.by(), (unit, now) -> {
            Optional<SessionInDiary> found = unit.lockSession(command.session());
            if (found.isEmpty()) {
                return refused(new NotFound("session"));
            }
            SessionInDiary session = found.get();
            if (!session.endsAt().isAfter(now)) {
                return refused(Invalid.of("session", "This session has already ended"));
            }
            if (session.status() != SessionStatus.BLOCKED) {
                return refused(Invalid.of("session", "This session is not blocked"));
            }
            String actor = command.by().auditName();
            unit.endSessionBlock(session.id(), command.reason(), actor, now);
            unit.setSessionStatus(session, SessionStatus.RELEASED);
            List<SlotInDiary> toOpen = unit.lockSlotsOf(session.id()).stream()
                    .filter(slot -> slot.startsAt().isAfter(now)
                            && slot.status() == SlotStatus.BLOCKED
                            && !slot.blockedOnItsOwn())
                    .toList();
            Done done = new Done();
            reopen(unit, toOpen, now, done);
            return done.made(new DiaryChange(
                    Kind.SESSION_RELEASED,
                    session.room(),
                    session.site(),
                    Optional.of(session.id()),
                    done.slots,
                    done.toRebook,
                    command.reason(),
                    actor,
                    now));
        });
    }

    public DiaryOutcome addSession(AddSession command) {
        Instant now = clock.instant();
        AdHocSession checked = AdHocSession.check(command, now);
        if (!checked.errors().isEmpty()) {
            return new Invalid(checked.errors());
        }
        return change(command.reason(), command.by(), (unit, at) -> {
            Optional<RoomInDiary> room = unit.room(command.room());
            if (room.isEmpty()) {
                return refused(new NotFound("room"));
            }
            Optional<Invalid> unfit = checked.unfit(room.get(), unit.unknownStaff(command.staff()));
            if (unfit.isPresent()) {
                return refused(unfit.get());
            }
            Optional<SessionId> session = unit.insertSession(checked.plan());
            if (session.isEmpty()) {
                return refused(Invalid.of("from", "Room " + command.room() + " already has a session at this time"));
            }
            List<SlotId> slots = unit.insertSlots(session.get(), command.room(), checked.slots());
            Done done = new Done();
            for (int i = 0; i < slots.size(); i++) {
                unit.addSlotOutbox(slots.get(i), room.get().trust(), SlotStatus.FREE, at);
                freed(unit, slots.get(i), command.room(), checked.slots().get(i).startsAt(), at, "session added", done);
            }
            return done.made(new DiaryChange(
                    Kind.SESSION_ADDED,
                    command.room(),
                    room.get().site(),
                    session,
                    slots,
                    List.of(),
                    command.reason(),
                    command.by().auditName(),
                    at));
        });
    }

    /** Live appointments in blocked slots within the scope, earliest first: the patients to re-book. */
    public List<NeedsRebooking> needingRebooking(DiaryScope scope) {
        return store.needingRebooking(scope);
    }

    private DiaryOutcome change(String reason, StaffActor by, Work work) {
        if (reason == null || reason.isBlank()) {
            return Invalid.of("reason", "Give the reason for this change");
        }
        if (reason.length() > 500) {
            return Invalid.of("reason", "Keep the reason to 500 characters or fewer");
        }
        Instant now = clock.instant();
        Result result = store.inTransaction(unit -> {
            Result done = work.apply(unit, now);
            if (done.outcome() instanceof Changed changed) {
                audit(unit, by, changed.change(), done.patients());
            }
            return done;
        });
        result.blocked().ifPresent(slotChanges::blocked);
        result.freed().forEach(slotChanges::released);
        return result.outcome();
    }

    /**
     * One row for the change, and one in the record of each patient whose appointment now sits in
     * blocked time, so a patient's trail shows why they were called to re-book.
     */
    private static void audit(DiaryUnit unit, StaffActor by, DiaryChange change, List<PatientId> patients) {
        String action = change.kind().auditAction();
        unit.audit(AuditRecord.by(by, action, Optional.empty(), change.describe(), change.reason()));
        for (PatientId patient : patients) {
            unit.audit(AuditRecord.by(
                    by, action, Optional.of(patient), "appointment in blocked time, to be re-booked", change.reason()));
        }
    }

    private static void block(DiaryUnit unit, List<SlotInDiary> slots, Instant now, Done done) {
        for (SlotInDiary slot : slots) {
            unit.setSlotStatus(slot, SlotStatus.BLOCKED);
            unit.addSlotOutbox(slot.id(), slot.trust(), SlotStatus.BLOCKED, now);
            done.slots.add(slot.id());
            slot.liveAppointment().ifPresent(done.toRebook::add);
            slot.bookedPatient().ifPresent(done.patients::add);
        }
        unit.withdrawOffers(done.slots, now);
        if (!slots.isEmpty()) {
            done.blocked = Optional.of(new SlotsBlocked(slots.get(0).room(), done.slots, now));
        }
    }

    /**
     * Opens slots again: booked if an appointment is still in them, else free. A slot that comes back
     * free gets a {@code slot_release} row, as a cancellation's does: the offer engine offers only
     * released slots to patients who can come at short notice, and a scanner back in service tomorrow
     * is exactly the short-notice capacity they are waiting for; without the row it would sit empty
     * unless someone happened to search for it.
     */
    private static void reopen(DiaryUnit unit, List<SlotInDiary> slots, Instant now, Done done) {
        for (SlotInDiary slot : slots) {
            SlotStatus open = slot.openStatus();
            unit.setSlotStatus(slot, open);
            unit.addSlotOutbox(slot.id(), slot.trust(), open, now);
            done.slots.add(slot.id());
            if (open == SlotStatus.FREE) {
                freed(unit, slot.id(), slot.room(), slot.startsAt(), now, "block released", done);
            }
        }
    }

    private static void freed(
            DiaryUnit unit, SlotId slot, String room, Instant startsAt, Instant now, String reason, Done done) {
        if (startsAt.isAfter(now)) {
            long release = unit.recordRelease(slot, now, reason);
            done.freed.add(new SlotReleased(release, slot, room, now, reason));
        }
    }

    private static Result refused(DiaryOutcome outcome) {
        return new Result(outcome, Optional.empty(), List.of(), List.of());
    }

    @FunctionalInterface
    private interface Work {
        Result apply(DiaryUnit unit, Instant now);
    }

    /** What a change's transaction decided, and what to announce once it has committed. */
    private record Result(
            DiaryOutcome outcome, Optional<SlotsBlocked> blocked, List<SlotReleased> freed, List<PatientId> patients) {}

    /** What one change has done so far. */
    private static final class Done {
        private final List<SlotId> slots = new ArrayList<>();
        private final List<AppointmentId> toRebook = new ArrayList<>();
        private final List<PatientId> patients = new ArrayList<>();
        private final List<SlotReleased> freed = new ArrayList<>();
        private Optional<SlotsBlocked> blocked = Optional.empty();

        Result made(DiaryChange change) {
            return new Result(new Changed(change), blocked, List.copyOf(freed), List.copyOf(patients));
        }
    }
}
