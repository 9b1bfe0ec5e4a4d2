package org.imagingnetwork.console.rules;

import java.util.List;

/**
 * A rule as the list shows it: where it applies, what it asks, whether it is on, and whether the
 * signed-in member of staff may switch it (a network-wide rule only for network staff).
 */
public record RuleView(
        long id,
        String name,
        String appliesTo,
        boolean networkWide,
        boolean enabled,
        List<String> conditions,
        boolean mayChange) {}
