package org.imagingnetwork.core.rules;

public record RuleId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
