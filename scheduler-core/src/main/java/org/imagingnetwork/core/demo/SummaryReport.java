package org.imagingnetwork.core.demo;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.request.RequestState;
import org.imagingnetwork.core.time.London;

/**
 * The summary as a person reads it in a terminal. Times are London wall-clock times with the zone
 * (GMT or BST) beside them, so a slot on a clock-change day is never ambiguous.
 */
public final class SummaryReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm z", Locale.UK);

    private SummaryReport() {}

    public static String format(NetworkSummary summary) {
        StringBuilder out = new StringBuilder();
        out.append("Network\n");
        line(out, "Integrated care systems", summary.integratedCareSystems(), "");
        line(out, "Trusts", summary.trusts(), "");
        line(out, "Sites", summary.sites(), summary.communityDiagnosticCentres() + " Community Diagnostic Centres");
        line(out, "Rooms", summary.rooms(), rooms(summary.roomsByModality()));
        line(out, "Staff", summary.staff(), "");
        out.append("Diary\n");
        line(out, "Sessions", summary.sessions(), "");
        line(out, "Free slots", summary.freeSlots(), "bookable now");
        line(out, "Booked slots", summary.bookedSlots(), "");
        line(out, "Other slots", summary.unavailableSlots(), "blocked, or in sessions not released");
        out.append("Patients and requests\n");
        line(out, "Patients", summary.patients(), "");
        line(out, "Requests", summary.requests(), "");
        for (RequestState state : RequestState.values()) {
            long count = summary.requestsByState().getOrDefault(state, 0L);
            if (count > 0) {
                line(out, "  " + words(state.name()), count, "");
            }
        }
        earliest(out, summary);
        waitingLists(out, summary);
        return out.toString();
    }

    private static void earliest(StringBuilder out, NetworkSummary summary) {
        out.append("\nEarliest free slot by integrated care system and modality, from ")
                .append(London.atLondon(summary.from()).format(WHEN))
                .append('\n');
        String ics = null;
        List<NetworkSummary.EarliestFreeSlot> slots = summary.earliestFreeSlots().stream()
                .sorted(Comparator.comparing(NetworkSummary.EarliestFreeSlot::icsName)
                        .thenComparing(NetworkSummary.EarliestFreeSlot::modality))
                .toList();
        for (NetworkSummary.EarliestFreeSlot slot : slots) {
            if (!slot.icsName().equals(ics)) {
                ics = slot.icsName();
                out.append("  ").append(ics).append('\n');
            }
            out.append(String.format(
                    Locale.UK,
                    "    %-18s %-26s %s%n",
                    slot.modality().displayName(),
                    London.atLondon(slot.startsAt()).format(WHEN),
                    slot.site()));
        }
    }

    private static void waitingLists(StringBuilder out, NetworkSummary summary) {
        out.append("\nWaiting lists against each trust's own diary\n");
        out.append(String.format(
                Locale.UK, "  %-5s %-58s %9s %13s %17s%n", "Trust", "", "Waiting", "Past 6 weeks", "Free, 6 weeks"));
        for (NetworkSummary.TrustWaitingList list : summary.waitingLists()) {
            out.append(String.format(
                    Locale.UK,
                    "  %-5s %-58s %,9d %,13d %,17d%n",
                    list.odsCode(),
                    shorten(list.name(), 58),
                    list.waiting(),
                    list.breached(),
                    list.freeSlotsSixWeeks()));
        }
    }

    private static String rooms(Map<Modality, Integer> rooms) {
        StringBuilder text = new StringBuilder();
        for (Modality modality : Modality.values()) {
            int count = rooms.getOrDefault(modality, 0);
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(modality.displayName())
                        .append(' ')
                        .append(count);
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder out, String label, long value, String note) {
        out.append(String.format(Locale.UK, "  %-24s %,10d", label, value));
        if (!note.isEmpty()) {
            out.append("  (").append(note).append(')');
        }
        out.append('\n');
    }

    private static String words(String name) {
        String lower = name.toLowerCase(Locale.UK).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
