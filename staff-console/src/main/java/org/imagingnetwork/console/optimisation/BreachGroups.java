package org.imagingnetwork.console.optimisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.imagingnetwork.optimizer.explain.Breach;
import org.imagingnetwork.optimizer.explain.BreachReason;

/**
 * The breaches an allocation plan leaves, grouped by why, as the explanation page lists them: each
 * with a link to the request for staff who may open patients, and otherwise to the waiting list
 * narrowed to the patient's exam and breach date, where they are found.
 */
record BreachGroups(List<Group> groups, int total) {

    /** The breaches of one reason: the first {@code shown} of them, and how many there are. */
    record Group(String heading, boolean unavoidable, int count, List<Item> items) {}

    /** One breach: the reason in words, and where to find the request. */
    record Item(String inWords, String link, String linkText) {}

    static BreachGroups of(List<Breach> breaches, boolean mayOpenRequests, int shown) {
        Map<BreachReason, List<Breach>> byReason = new TreeMap<>();
        breaches.forEach(breach -> byReason.computeIfAbsent(breach.reason(), r -> new ArrayList<>())
                .add(breach));
        List<Group> groups = new ArrayList<>();
        byReason.forEach((reason, list) -> groups.add(new Group(
                reason.heading(),
                reason.unavoidable(),
                list.size(),
                list.stream()
                        .limit(shown)
                        .map(breach -> item(breach, mayOpenRequests))
                        .toList())));
        return new BreachGroups(groups, breaches.size());
    }

    private static Item item(Breach breach, boolean mayOpenRequests) {
        if (mayOpenRequests) {
            return new Item(
                    breach.inWords(), "/requests/" + breach.request().value(), "open request of " + breach.patient());
        }
        return new Item(
                breach.inWords(),
                "/worklist?exam=" + breach.exam().value() + "&breachBy=" + breach.breachDate(),
                "on the waiting list, " + breach.exam().value() + " breaching by " + breach.breachDate());
    }
}
