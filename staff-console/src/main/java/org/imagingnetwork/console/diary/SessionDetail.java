package org.imagingnetwork.console.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A session and its slots as its own page shows them. */
public record SessionDetail(
        long id,
        String roomId,
        String roomName,
        String modality,
        String site,
        String siteName,
        String trust,
        LocalDate day,
        Instant startsAt,
        Instant endsAt,
        String sessionType,
        String typeName,
        String status,
        Optional<String> blockReason,
        List<Member> staff,
        List<SlotLine> slots) {

    public SessionDetail {
        staff = List.copyOf(staff);
        slots = List.copyOf(slots);
    }

    /** Someone assigned to the session. */
    public record Member(String id, String name, String role) {}

    /**
     * A slot of the session: its status, the request booked into it (a live appointment), and why it is
     * blocked when it is blocked on its own.
     */
    public record SlotLine(
            long id,
            Instant startsAt,
            Instant endsAt,
            String status,
            Optional<Long> request,
            Optional<String> blockReason) {

        public boolean blocked() {
            return status.equals("BLOCKED");
        }

        /** Blocked by a block of its own, not only its session's: it can be released on its own. */
        public boolean blockedOnItsOwn() {
            return blockReason.isPresent();
        }

        /** Blocked with a patient still in it: they need re-booking. */
        public boolean toRebook() {
            return blocked() && request.isPresent();
        }

        public String statusTag() {
            return switch (status) {
                case "BLOCKED" -> "nhsuk-tag nhsuk-tag--red";
                case "BOOKED" -> "nhsuk-tag nhsuk-tag--blue";
                default -> "nhsuk-tag nhsuk-tag--green";
            };
        }

        public String statusLabel() {
            return switch (status) {
                case "BLOCKED" -> "Blocked";
                case "BOOKED" -> "Booked";
                default -> "Free";
            };
        }
    }

    public boolean blocked() {
        return status.equals("BLOCKED");
    }

    public boolean released() {
        return status.equals("RELEASED");
    }

    /** Slots that hold a patient though blocked. */
    public long toRebook() {
        return slots.stream().filter(SlotLine::toRebook).count();
    }

    /** Patients booked into the session now: a block would leave them to re-book. */
    public long booked() {
        return slots.stream().filter(s -> s.request().isPresent()).count();
    }

    public java.util.Optional<SlotLine> slot(long slot) {
        return slots.stream().filter(s -> s.id() == slot).findFirst();
    }
}
