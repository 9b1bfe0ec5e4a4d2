package org.imagingnetwork.core.diary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.validation.FieldError;

/**
 * An ad-hoc session checked field by field before anything is read or written: what can be decided
 * from the command alone (times, list type, exams), then what needs the room and the staff table.
 */
record AdHocSession(List<FieldError> errors, SessionPlan plan, List<SlotWindow> slots, SessionType type) {

    static AdHocSession check(AddSession command, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (command.reason() == null || command.reason().isBlank()) {
            errors.add(new FieldError("reason", "Give the reason for this change"));
        }
        if (command.room() == null || command.room().isBlank()) {
            errors.add(new FieldError("room", "Choose a room"));
        }
        Optional<SessionType> type = Optional.ofNullable(command.sessionType()).flatMap(SessionTypes::find);
        if (type.isEmpty()) {
            errors.add(new FieldError("sessionType", "Choose a session type from the list"));
        }
        if (command.clinicDay() == null) {
            errors.add(new FieldError("clinicDay", "Enter the day of the session"));
        }
        if (command.from() == null) {
            errors.add(new FieldError("from", "Enter the time the session starts"));
        }
        if (command.to() == null) {
            errors.add(new FieldError("to", "Enter the time the session ends"));
        } else if (command.from() != null && !command.to().isAfter(command.from())) {
            errors.add(new FieldError("to", "The session must end after it starts"));
        }
        if (command.allowedExams().isEmpty()) {
            errors.add(new FieldError("allowedExams", "Choose at least one exam the session takes"));
        } else if (type.isPresent()) {
            Set<String> foreign = new TreeSet<>();
            command.allowedExams().stream()
                    .filter(exam -> !type.get().exams().contains(exam))
                    .map(ExamCode::value)
                    .forEach(foreign::add);
            if (!foreign.isEmpty()) {
                errors.add(new FieldError(
                        "allowedExams",
                        "A " + type.get().name() + " list does not take " + String.join(", ", foreign)));
            }
        }
        if (!errors.isEmpty()) {
            return new AdHocSession(errors, null, List.of(), null);
        }
        SlotWindow window = SlotCutter.session(command.clinicDay(), command.from(), command.to());
        if (!window.startsAt().isAfter(now)) {
            return failed("from", "This time has already passed");
        }
        List<SlotWindow> slots = SlotCutter.cut(window, type.get().slotLength());
        if (slots.isEmpty()) {
            return failed(
                    "to", "Too short for one " + type.get().slotLength().toMinutes() + "-minute slot of this list");
        }
        SessionPlan plan = new SessionPlan(
                command.room(),
                command.clinicDay(),
                window.startsAt(),
                window.endsAt(),
                type.get().code(),
                command.allowedExams(),
                command.staff());
        return new AdHocSession(List.of(), plan, slots, type.get());
    }

    /** Why this room or these staff cannot run the session, if they cannot. */
    Optional<DiaryOutcome.Invalid> unfit(RoomInDiary room, Set<String> unknownStaff) {
        List<FieldError> found = new ArrayList<>();
        if (room.modality() != type.modality()) {
            found.add(new FieldError(
                    "sessionType",
                    "Room " + room.id() + " is " + room.modality() + "; a " + type.name() + " list needs "
                            + type.modality()));
        }
        if (!unknownStaff.isEmpty()) {
            found.add(new FieldError("staff", "No staff member " + String.join(", ", new TreeSet<>(unknownStaff))));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new DiaryOutcome.Invalid(found));
    }

    private static AdHocSession failed(String field, String message) {
        return new AdHocSession(List.of(new FieldError(field, message)), null, List.of(), null);
    }
}
