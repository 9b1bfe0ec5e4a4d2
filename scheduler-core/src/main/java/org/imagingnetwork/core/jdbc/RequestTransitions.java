package org.imagingnetwork.core.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Handle;

/**
 * Applies a request state change and writes its event row, inside the caller's transaction. The
 * state is compared in the WHERE clause, so a request that moved meanwhile (another instance,
 * another tab) is not moved again: the caller gets {@code false} and decides what that means.
 */
public final class RequestTransitions {

    private RequestTransitions() {}

    public static boolean apply(Handle handle, Transition transition) {
        int updated = handle.createUpdate("""
                        update request set state = :to, version = version + 1
                        where id = :id and state = :from
                        """)
                .bind("id", transition.request().value())
                .bind("from", transition.from().name())
                .bind("to", transition.to().name())
                .execute();
        if (updated == 0) {
            return false;
        }
        handle.createUpdate("""
                        insert into request_event (request_id, occurred_at, actor, from_state, to_state, reason, rule_id)
                        values (:id, :at, :actor, :from, :to, :reason, :ruleId)
                        """)
                .bind("id", transition.request().value())
                .bind("at", OffsetDateTime.ofInstant(transition.at(), ZoneOffset.UTC))
                .bind("actor", transition.actor())
                .bind("from", transition.from().name())
                .bind("to", transition.to().name())
                .bind("reason", transition.reason())
                .bind("ruleId", transition.ruleId().orElse(null))
                .execute();
        return true;
    }
}
