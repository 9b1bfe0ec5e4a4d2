package org.imagingnetwork.core.choice;

/**
 * What decides whether a free slot suits a referral, apart from the room: the exam the session must
 * run, the slot length the patient's age needs, sedation cover, and the times they can come. Two
 * referrals with the same search share the earliest free slot of every room.
 */
public record SlotSearch(String examCode, int minutes, boolean sedation, TimeBands bands) {

    public static SlotSearch of(ChoiceRequest request, java.time.LocalDate today, TimeBands bands) {
        return new SlotSearch(
                request.examCode(), (int) request.durationOn(today).toMinutes(), request.needsSedation(), bands);
    }
}
