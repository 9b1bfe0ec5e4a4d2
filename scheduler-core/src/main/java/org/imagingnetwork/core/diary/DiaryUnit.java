package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.audit.AuditRecord;
import org.imagingnetwork.core.network.OdsCode;

/**
 * The reads and writes of one diary change. Locks are taken session first, then its slots in id
 * order — the order diary publishing takes them too — so changes wait for each other, never deadlock.
 * Status updates name the version they read and fail loudly if the row moved under the lock.
 */
public interface DiaryUnit {

    /** Locks the slot's session against a concurrent session change (shared), then the slot. */
    Optional<SlotInDiary> lockSlot(SlotId slot);

    Optional<SessionInDiary> lockSession(SessionId session);

    /** The session's slots, locked, in id order; call with the session already locked. */
    List<SlotInDiary> lockSlotsOf(SessionId session);

    void setSlotStatus(SlotInDiary slot, SlotStatus status);

    void setSessionStatus(SessionInDiary session, SessionStatus status);

    void openSlotBlock(SlotId slot, String reason, String actor, Instant at);

    void openSessionBlock(SessionId session, String reason, String actor, Instant at);

    void endSlotBlock(SlotId slot, String reason, String actor, Instant at);

    void endSessionBlock(SessionId session, String reason, String actor, Instant at);

    /** Offers of these slots still waiting for an answer are withdrawn: the time they offer is gone. */
    void withdrawOffers(List<SlotId> slots, Instant at);

    /** The outbox row telling the owning trust's RIS the slot's new status. */
    void addSlotOutbox(SlotId slot, OdsCode trust, SlotStatus status, Instant at);

    /** Records a slot that became free for the offer engine and returns the release's id. */
    long recordRelease(SlotId slot, Instant at, String reason);

    Optional<RoomInDiary> room(String room);

    /** Those of these staff ids that name nobody. */
    Set<String> unknownStaff(Set<String> staff);

    /** Writes the session, released, with its staff; empty when the room already has a session overlapping it. */
    Optional<SessionId> insertSession(SessionPlan plan);

    /** Writes the session's slots, free, and returns their ids in the order given. */
    List<SlotId> insertSlots(SessionId session, String room, List<SlotWindow> slots);

    /** Writes an audit row in this change's transaction: the change and its record commit together. */
    void audit(AuditRecord record);
}
