package org.imagingnetwork.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.rules.AppointabilityRule;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.RuleId;

/**
 * Each trust's own appointability rule, as its radiology department would set it up: vetted and
 * protocolled, an eGFR for contrast (within 90 days, or 60 where the renal team asks for it), a weight
 * before sedation, and — at the trusts furthest over capacity — planned patients held back until
 * they are due within six weeks, so they do not take slots from patients already waiting.
 */
final class DemoRules {

    private static final Set<String> STRICT_EGFR = Set.of("RJE", "RKB", "RQ3");
    private static final Set<String> HOLD_PLANNED = Set.of("RXW", "RLQ", "RWP", "RJE");
    static final int PLANNED_WINDOW_DAYS = 42;

    private DemoRules() {}

    static List<AppointabilityRule> forTrusts(List<Trust> trusts) {
        List<AppointabilityRule> rules = new ArrayList<>();
        for (Trust trust : trusts) {
            String code = trust.odsCode().value();
            int egfrDays = STRICT_EGFR.contains(code) ? 60 : 90;
            List<Condition> conditions = new ArrayList<>(List.of(
                    new Condition.Vetted(),
                    new Condition.ProtocolSet(),
                    new Condition.EgfrWithinDaysIfContrast(egfrDays),
                    new Condition.WeightRecordedIfSedation()));
            String name = "Vetted, protocolled, eGFR within " + egfrDays + " days for contrast, weight for sedation";
            if (HOLD_PLANNED.contains(code)) {
                conditions.add(new Condition.DueWithinDaysIfPlanned(PLANNED_WINDOW_DAYS));
                name += ", planned when due within " + PLANNED_WINDOW_DAYS + " days";
            }
            rules.add(new AppointabilityRule(
                    new RuleId(rules.size() + 1L), Optional.of(trust.odsCode()), name, true, conditions));
        }
        return rules;
    }

    /** The eGFR window of a rule, or 0 when it asks for none. */
    static int egfrDays(AppointabilityRule rule) {
        return rule.conditions().stream()
                .filter(c -> c instanceof Condition.EgfrWithinDaysIfContrast)
                .mapToInt(c -> ((Condition.EgfrWithinDaysIfContrast) c).days())
                .findFirst()
                .orElse(0);
    }
}
