package org.imagingnetwork.console.vetting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What came of justifying several referrals at once, one line per request. It travels in the
 * redirect's query (post/redirect/get, and the console keeps no session state), so it holds only
 * request ids and outcome codes: nothing about a patient, and nothing a changed URL could reveal.
 */
public record BulkResult(List<Line> lines) {

    public enum Outcome {
        APPOINTABLE('A', "justified, and now appointable"),
        VETTED('V', "justified; not yet appointable (open it to see what it still needs)"),
        NOT_TO_VET('G', "not justified: it is no longer waiting to be vetted"),
        NOT_ROUTINE('R', "not justified: only routine referrals are justified together; open it to vet it"),
        NOT_FOUND('N', "not justified: no such referral in your trusts");

        private final char code;
        private final String words;

        Outcome(char code, String words) {
            this.code = code;
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean justified() {
            return this == APPOINTABLE || this == VETTED;
        }
    }

    public record Line(String request, Outcome outcome) {}

    public long justified() {
        return lines.stream().filter(l -> l.outcome().justified()).count();
    }

    public List<Line> failures() {
        return lines.stream().filter(l -> !l.outcome().justified()).toList();
    }

    String asQuery() {
        return lines.stream().map(l -> l.request() + "-" + l.outcome().code).collect(Collectors.joining("."));
    }

    /** Reads the redirect's query back; anything that is not a request id and a known code is left out. */
    static Optional<BulkResult> parse(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        for (String part : query.split("\\.")) {
            String[] idAndCode = part.split("-", 2);
            if (idAndCode.length == 2 && idAndCode[0].matches("[0-9]{1,18}") && idAndCode[1].length() == 1) {
                Arrays.stream(Outcome.values())
                        .filter(o -> o.code == idAndCode[1].charAt(0))
                        .findFirst()
                        .ifPresent(o -> lines.add(new Line(idAndCode[0], o)));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new BulkResult(lines));
    }
}
