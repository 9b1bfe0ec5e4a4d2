package org.imagingnetwork.optimizer.allocation;

import java.util.List;
import org.imagingnetwork.optimizer.explain.Finding;

/** One constraint match of the allocation, said in words, with the patients and sessions it is about. */
public record PlacementFinding(String inWords, List<String> patients, List<String> sessions)
        implements Finding, Comparable<PlacementFinding> {

    public PlacementFinding {
        patients = List.copyOf(patients);
        sessions = List.copyOf(sessions);
    }

    static PlacementFinding about(Placement placement, String problem) {
        ListedRequest request = placement.request();
        String who = "Patient " + request.patient() + " (" + request.exam().name() + ")";
        if (placement.slot() == null) {
            return new PlacementFinding(who + " " + problem, List.of(request.patient()), List.of());
        }
        String where = placement.slot().describe();
        return new PlacementFinding(who + " in " + where + ": " + problem, List.of(request.patient()), List.of(where));
    }

    static PlacementFinding sharing(Placement first, Placement second) {
        String where = first.slot().describe();
        return new PlacementFinding(
                "Patients " + first.request().patient() + " and "
                        + second.request().patient() + " are both given " + where,
                List.of(first.request().patient(), second.request().patient()),
                List.of(where));
    }

    @Override
    public int compareTo(PlacementFinding other) {
        return inWords.compareTo(other.inWords);
    }
}
