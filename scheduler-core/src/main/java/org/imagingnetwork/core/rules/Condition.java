package org.imagingnetwork.core.rules;

import java.time.LocalDate;
import org.imagingnetwork.core.request.Priority;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestState;

/** One thing that must be true of a request for a rule to make it appointable. */
public sealed interface Condition {

    boolean holdsFor(Request request, LocalDate today);

    /** What the condition asks, in the words staff see on the rules screen. */
    String describe();

    /**
     * The request has passed vetting. A waiting request passed it on its way there: the daily
     * re-assessment asks a waiting request's rule again, and reading "vetted" as the state alone sent
     * every waiting contrast request back to VETTED and, a moment later, on to WAITING again.
     */
    record Vetted() implements Condition {
        @Override
        public boolean holdsFor(Request request, LocalDate today) {
            return request.state() == RequestState.VETTED || request.state() == RequestState.WAITING;
        }

        @Override
        public String describe() {
            return "vetted";
        }
    }

    record ProtocolSet() implements Condition {
        @Override
        public boolean holdsFor(Request request, LocalDate today) {
            return request.protocol().protocol().isPresent();
        }

        @Override
        public String describe() {
            return "protocol set";
        }
    }

    /** Contrast is only safe with kidney function measured recently; without contrast this holds. */
    record EgfrWithinDaysIfContrast(int days) implements Condition {
        public EgfrWithinDaysIfContrast {
            requirePositive(days);
        }

        @Override
        public boolean holdsFor(Request request, LocalDate today) {
            if (!request.needs().needsContrast()) {
                return true;
            }
            return request.protocol().egfr().isPresent()
                    && request.protocol()
                            .egfrMeasuredOn()
                            .filter(measured -> !measured.isBefore(today.minusDays(days)))
                            .isPresent();
        }

        @Override
        public String describe() {
            return "an eGFR within " + days + " days if contrast is needed";
        }
    }

    /** Sedation and anaesthetic doses depend on weight; without either this holds. */
    record WeightRecordedIfSedation() implements Condition {
        @Override
        public boolean holdsFor(Request request, LocalDate today) {
            boolean sedated = request.needs().needsSedation() || request.needs().needsGeneralAnaesthetic();
            return !sedated || request.needs().weightKg().isPresent();
        }

        @Override
        public String describe() {
            return "weight recorded if sedation or anaesthetic is needed";
        }
    }

    /** A planned request joins the waiting list only when its due date is this close. */
    record DueWithinDaysIfPlanned(int days) implements Condition {
        public DueWithinDaysIfPlanned {
            requirePositive(days);
        }

        @Override
        public boolean holdsFor(Request request, LocalDate today) {
            if (request.priority() != Priority.PLANNED) {
                return true;
            }
            return request.dueDate()
                    .filter(due -> !due.isAfter(today.plusDays(days)))
                    .isPresent();
        }

        @Override
        public String describe() {
            return "due within " + days + " days if planned";
        }
    }

    private static void requirePositive(int days) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days must be between 1 and 3650");
        }
    }
}
