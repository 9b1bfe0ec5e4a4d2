package org.imagingnetwork.console.access;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The trusts a member of staff works for: every trust for a network role, an integrated care
 * system's trusts for an ICS role, or one trust. Anything outside it is, to them, not there.
 *
 * @param level how wide the organisation that granted the role is
 * @param organisation the ODS code of that organisation, as CIS2 sent it
 * @param name the organisation's name, for the page header
 * @param trusts the ODS codes of the trusts in scope
 */
public record Scope(Level level, String organisation, String name, SortedSet<String> trusts) {

    public enum Level {
        NETWORK,
        ICS,
        TRUST
    }

    public Scope {
        trusts = new TreeSet<>(trusts);
    }

    public boolean covers(String trust) {
        return trusts.contains(trust);
    }

    /** For SQL: {@code = any(:trusts)}. */
    public String[] trustArray() {
        return trusts.toArray(String[]::new);
    }

    /** The trusts in scope among those asked for; all of them when none is asked for. */
    public List<String> narrowedTo(Set<String> asked) {
        return asked.isEmpty()
                ? List.copyOf(trusts)
                : trusts.stream().filter(asked::contains).toList();
    }
}
