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
        // One statement: the event row exists exactly when the update matched, with no second
        // round trip on the booking path.
        return handle.createUpdate("""
                        with moved as (
                            update request set state = :to, version = version + 1
                            where id = :id and state = :from
                            returning id)
                        insert into request_event (request_id, occurred_at, actor, from_state, to_state, reason, rule_id)
                        select id, :at, :actor, :from, :to, :reason, :ruleId from moved
                        """)
                        .bind("id", transition.request().value())
                        .bind("from", transition.from().name())
                        .bind("to", transition.to().name())
                        .bind("at", OffsetDateTime.ofInstant(transition.at(), ZoneOffset.UTC))
                        .bind("actor", transition.actor())
                        .bind("reason", transition.reason())
                        .bind("ruleId", transition.ruleId().orElse(null))
                        .execute()
                == 1;
    }
}
