package org.imagingnetwork.optimizer.run;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.allocation.Horizon;

/** Checks a run request field by field, naming each field that is wrong in words a manager can act on. */
final class RunValidation {
    static final int MAX_HORIZON_WEEKS = 12;

    private RunValidation() {}

    record Valid(RunKind kind, RunScope scope, RunSettings settings) {}

    /** What is wrong with the request, field by field; empty when it can be queued. */
    static List<FieldError> errors(RunRequest request, NetworkSnapshot network, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        RunKind kind = parse(RunKind.class, request.kind());
        if (kind == null) {
            errors.add(new FieldError("kind", "Choose an allocation run or a diary run"));
        }
        ScopeLevel level = parse(ScopeLevel.class, request.scopeLevel());
        String code =
                request.scopeCode() == null ? "" : request.scopeCode().trim().toUpperCase(Locale.UK);
        if (level == null) {
            errors.add(new FieldError("scopeLevel", "Choose the whole network, an ICS or a trust"));
        } else if (level == ScopeLevel.ICS
                && network.integratedCareSystems().stream()
                        .noneMatch(ics -> ics.code().equals(code))) {
            errors.add(new FieldError("scopeCode", "Enter the code of an ICS in the network"));
        } else if (level == ScopeLevel.TRUST
                && (!code.matches("[A-Z0-9]{3,8}")
                        || network.trust(new OdsCode(code)).isEmpty())) {
            errors.add(new FieldError("scopeCode", "Enter the ODS code of a trust in the network"));
        }
        if (request.modality() != null
                && !request.modality().isBlank()
                && parse(Modality.class, request.modality()) == null) {
            errors.add(new FieldError("modality", "Choose a modality, or leave it blank for all"));
        }
        if (request.firstDay() == null) {
            errors.add(new FieldError("firstDay", "Enter the first day to plan"));
        } else if (request.firstDay().isBefore(today)) {
            errors.add(new FieldError("firstDay", "The first day to plan cannot be in the past"));
        }
        if (request.lastDay() == null) {
            errors.add(new FieldError("lastDay", "Enter the last day to plan"));
        } else if (request.firstDay() != null && request.lastDay().isBefore(request.firstDay())) {
            errors.add(new FieldError("lastDay", "The last day must be on or after the first day"));
        } else if (request.firstDay() != null
                && ChronoUnit.DAYS.between(request.firstDay(), request.lastDay()) >= MAX_HORIZON_WEEKS * 7L) {
            errors.add(new FieldError("lastDay", "Plan at most " + MAX_HORIZON_WEEKS + " weeks at once"));
        }
        int seconds = seconds(request);
        if (seconds < 1 || seconds > RunSettings.MAX_SECONDS) {
            errors.add(new FieldError(
                    "secondsLimit", "Give the solver between 1 and " + RunSettings.MAX_SECONDS + " seconds"));
        }
        if (request.requestedBy() == null || request.requestedBy().isBlank()) {
            errors.add(new FieldError("requestedBy", "A run must say who asked for it"));
        }
        return List.copyOf(errors);
    }

    /** The run a request asks for; only for a request without {@link #errors}. */
    static Valid valid(RunRequest request) {
        ScopeLevel level = parse(ScopeLevel.class, request.scopeLevel());
        Optional<String> code = level == ScopeLevel.NETWORK
                ? Optional.empty()
                : Optional.of(request.scopeCode().trim().toUpperCase(Locale.UK));
        Optional<Modality> modality =
                request.modality() == null || request.modality().isBlank()
                        ? Optional.empty()
                        : Optional.of(parse(Modality.class, request.modality()));
        RunScope scope = new RunScope(level, code, modality, new Horizon(request.firstDay(), request.lastDay()));
        return new Valid(
                parse(RunKind.class, request.kind()),
                scope,
                new RunSettings(seconds(request), request.splitByIcs(), 120, 60));
    }

    private static int seconds(RunRequest request) {
        return request.secondsLimit() == null ? 60 : request.secondsLimit();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
