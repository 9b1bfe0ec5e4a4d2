package org.imagingnetwork.optimizer.run;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.NetworkSnapshot;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.validation.FieldError;
import org.imagingnetwork.optimizer.allocation.Horizon;
import org.imagingnetwork.optimizer.disruption.RoomClosure;

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
        } else if (kind == RunKind.DISRUPTION) {
            errors.add(new FieldError("kind", "A disruption re-plan needs the room that closes: start it as one"));
        }
        scopeErrors(request.scopeLevel(), request.scopeCode(), network, errors);
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

    private static void scopeErrors(
            String scopeLevel, String scopeCode, NetworkSnapshot network, List<FieldError> errors) {
        ScopeLevel level = parse(ScopeLevel.class, scopeLevel);
        String code = code(scopeCode);
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
    }

    private static String code(String scopeCode) {
        return scopeCode == null ? "" : scopeCode.trim().toUpperCase(Locale.UK);
    }

    /**
     * What is wrong with a disruption request, field by field: the scope as for any run, a room of
     * the network inside the scope, a first day from today, 1 to {@link DisruptionRequest#MAX_DAYS}
     * days, the time limit, and the reason. Whether anyone is booked then is checked after these.
     */
    static List<FieldError> errors(DisruptionRequest request, NetworkSnapshot network, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        scopeErrors(request.scopeLevel(), request.scopeCode(), network, errors);
        Room room = request.room() == null
                ? null
                : network.roomsById().get(request.room().strip());
        if (room == null) {
            errors.add(new FieldError("room", "Choose a room of the network to close"));
        } else if (errors.isEmpty()) {
            RunScope scope = scope(request.scopeLevel(), request.scopeCode(), Optional.empty(), today, today);
            Set<OdsCode> sites = PlanningData.sitesInScope(network, scope);
            if (!sites.contains(room.site())) {
                errors.add(new FieldError("room", "Room " + room.id() + " is not in the part of the network chosen"));
            }
        }
        if (request.firstDay() == null) {
            errors.add(new FieldError("firstDay", "Enter the first day the room is closed"));
        } else if (request.firstDay().isBefore(today)) {
            errors.add(new FieldError("firstDay", "The room cannot be closed from a day in the past"));
        }
        if (request.days() == null || request.days() < 1 || request.days() > DisruptionRequest.MAX_DAYS) {
            errors.add(new FieldError("days", "Close the room for 1 to " + DisruptionRequest.MAX_DAYS + " days"));
        }
        int seconds = request.secondsLimit() == null ? 60 : request.secondsLimit();
        if (seconds < 1 || seconds > RunSettings.MAX_SECONDS) {
            errors.add(new FieldError(
                    "secondsLimit", "Give the solver between 1 and " + RunSettings.MAX_SECONDS + " seconds"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "Say why the room is closed"));
        } else if (request.reason().length() > 500) {
            errors.add(new FieldError("reason", "Keep the reason to 500 characters or fewer"));
        }
        if (request.requestedBy() == null || request.requestedBy().isBlank()) {
            errors.add(new FieldError("requestedBy", "A run must say who asked for it"));
        }
        return List.copyOf(errors);
    }

    /** The re-plan a disruption request asks for; only for a request without {@link #errors}. */
    static Disruption valid(DisruptionRequest request, NetworkSnapshot network) {
        Room room = network.roomsById().get(request.room().strip());
        RoomClosure closure = new RoomClosure(
                room.id(),
                request.firstDay(),
                request.lastDay(),
                request.reason().strip());
        RunScope scope = scope(
                request.scopeLevel(),
                request.scopeCode(),
                Optional.of(room.modality()),
                closure.firstDay(),
                closure.lastDay().plusDays(DisruptionRequest.SEARCH_DAYS_AFTER));
        int seconds = request.secondsLimit() == null ? 60 : request.secondsLimit();
        return new Disruption(scope, RunSettings.of(seconds), closure);
    }

    record Disruption(RunScope scope, RunSettings settings, RoomClosure closure) {}

    private static RunScope scope(
            String scopeLevel, String scopeCode, Optional<Modality> modality, LocalDate first, LocalDate last) {
        ScopeLevel level = parse(ScopeLevel.class, scopeLevel);
        Optional<String> code = level == ScopeLevel.NETWORK ? Optional.empty() : Optional.of(code(scopeCode));
        return new RunScope(level, code, modality, new Horizon(first, last));
    }

    /** The run a request asks for; only for a request without {@link #errors}. */
    static Valid valid(RunRequest request) {
        Optional<Modality> modality =
                request.modality() == null || request.modality().isBlank()
                        ? Optional.empty()
                        : Optional.of(parse(Modality.class, request.modality()));
        return new Valid(
                parse(RunKind.class, request.kind()),
                scope(request.scopeLevel(), request.scopeCode(), modality, request.firstDay(), request.lastDay()),
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
