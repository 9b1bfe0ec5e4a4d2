package org.imagingnetwork.console.staff;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.core.network.OdsCode;

/** Staff codes in words, for the staff pages: roles, skills and absence kinds. */
public final class StaffPages {

    public static final StaffPages INSTANCE = new StaffPages();

    private StaffPages() {}

    public String role(Enum<?> role) {
        return words(role.name());
    }

    public String skills(Collection<? extends Enum<?>> skills) {
        return skills.isEmpty()
                ? "None recorded"
                : skills.stream().map(s -> words(s.name())).sorted().collect(Collectors.joining(", "));
    }

    public String kind(Enum<?> kind) {
        return words(kind.name());
    }

    public String sites(Collection<OdsCode> sites, Map<String, String> names) {
        return sites.stream()
                .map(s -> names.getOrDefault(s.value(), s.value()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    static Map<String, String> siteNames(NetworkReference network) {
        return network.sitesByCode().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    /** "ASSISTANT_PRACTITIONER" as "Assistant practitioner", "CARDIAC_MR" as "Cardiac MR": short parts are acronyms. */
    private static String words(String code) {
        String text = java.util.Arrays.stream(code.split("_"))
                .map(part -> part.length() <= 4 ? part : part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
