package org.imagingnetwork.console.riswrites;

import org.imagingnetwork.core.outbox.ParkedWrite;

/** A parked change as staff read it; public for the page's template, which has it as {@code words}. */
public final class ChangeWords {

    static final ChangeWords INSTANCE = new ChangeWords();

    private ChangeWords() {}

    public String of(ParkedWrite write) {
        return switch (write.change()) {
            case BOOKED -> "Booked";
            case CANCELLED -> "Cancelled";
            case MOVED_AWAY -> "Moved to another slot";
            case STATUS ->
                "Status: "
                        + write.reportedStatus()
                                .map(s -> switch (s) {
                                    case ARRIVED -> "arrived";
                                    case FULFILLED -> "attended";
                                    case NOSHOW -> "did not attend";
                                    default -> s.name().toLowerCase();
                                })
                                .orElse("unknown");
            case SLOT_STATUS ->
                write.slotStatus()
                        .map(s -> switch (s) {
                            case FREE -> "Slot opened";
                            case BLOCKED -> "Slot blocked";
                            case BOOKED -> "Slot booked";
                        })
                        .orElse("Slot changed");
            case REFERRAL_REJECTED -> "Referral rejected at vetting";
        };
    }
}
