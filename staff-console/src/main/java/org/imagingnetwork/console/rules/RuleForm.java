package org.imagingnetwork.console.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.validation.FieldError;

/**
 * A rule as typed into the form: where it applies ({@link #NETWORK} or a trust's ODS code), its
 * name, the conditions ticked and the day counts two of them take. Read into the trust, name and
 * core {@link Condition}s, or the fields that cannot be read, each named; a day count that is not a
 * whole number from 1 to 3650 names its own field.
 */
public record RuleForm(
        String trust,
        String name,
        boolean vetted,
        boolean protocolSet,
        boolean egfr,
        String egfrDays,
        boolean weight,
        boolean due,
        String dueDays) {

    public static final String NETWORK = "NETWORK";
    static final int MAX_DAYS = 3650;

    /** What the form proposes, ready to preview and save. */
    record Proposal(Optional<OdsCode> trust, String name, List<Condition> conditions) {}

    record Read(Optional<Proposal> proposal, List<FieldError> errors) {}

    static RuleForm of(Map<String, String> form) {
        return new RuleForm(
                value(form, "trust"),
                value(form, "name"),
                ticked(form, "vetted"),
                ticked(form, "protocolSet"),
                ticked(form, "egfr"),
                value(form, "egfrDays"),
                ticked(form, "weight"),
                ticked(form, "due"),
                value(form, "dueDays"));
    }

    /** A new rule's form as it first appears: the network standard's conditions ticked, 90 days for an eGFR. */
    static RuleForm blank(String trust) {
        return new RuleForm(trust, "", true, true, true, "90", true, false, "");
    }

    public boolean networkWide() {
        return NETWORK.equals(trust);
    }

    /** The form's fields as hidden inputs would carry them, to ask again with the same rule. */
    public Map<String, String> asFields() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("trust", trust);
        fields.put("name", name);
        if (vetted) {
            fields.put("vetted", "yes");
        }
        if (protocolSet) {
            fields.put("protocolSet", "yes");
        }
        if (egfr) {
            fields.put("egfr", "yes");
        }
        fields.put("egfrDays", egfrDays);
        if (weight) {
            fields.put("weight", "yes");
        }
        if (due) {
            fields.put("due", "yes");
        }
        fields.put("dueDays", dueDays);
        return fields;
    }

    Read read() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isBlank()) {
            errors.add(new FieldError("name", "Enter a name for the rule"));
        } else if (name.strip().length() > 200) {
            errors.add(new FieldError("name", "Enter a name of up to 200 characters"));
        }
        List<Condition> conditions = new ArrayList<>();
        if (vetted) {
            conditions.add(new Condition.Vetted());
        }
        if (protocolSet) {
            conditions.add(new Condition.ProtocolSet());
        }
        if (egfr) {
            days(egfrDays, "egfrDays", "the eGFR", errors)
                    .ifPresent(d -> conditions.add(new Condition.EgfrWithinDaysIfContrast(d)));
        }
        if (weight) {
            conditions.add(new Condition.WeightRecordedIfSedation());
        }
        if (due) {
            days(dueDays, "dueDays", "a planned request's due date", errors)
                    .ifPresent(d -> conditions.add(new Condition.DueWithinDaysIfPlanned(d)));
        }
        if (!vetted && !protocolSet && !egfr && !weight && !due) {
            errors.add(new FieldError("conditions", "Choose at least one condition"));
        }
        if (!errors.isEmpty()) {
            return new Read(Optional.empty(), errors);
        }
        Optional<OdsCode> where = networkWide() ? Optional.empty() : Optional.of(new OdsCode(trust));
        return new Read(Optional.of(new Proposal(where, name.strip(), conditions)), List.of());
    }

    private static Optional<Integer> days(String value, String field, String what, List<FieldError> errors) {
        String message = "Enter the days for " + what + " as a whole number from 1 to " + MAX_DAYS;
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return Optional.of(days);
            }
        } catch (NumberFormatException e) {
            // named below, as an out-of-range number is
        }
        errors.add(new FieldError(field, message));
        return Optional.empty();
    }

    private static boolean ticked(Map<String, String> form, String field) {
        return form.containsKey(field);
    }

    private static String value(Map<String, String> form, String field) {
        String v = form.get(field);
        return v == null ? "" : v;
    }
}
