package org.imagingnetwork.core.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

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
        var query = handle.createQuery("with " + ctes("true") + " select count(*) from event");
        return bind(query, transition).mapTo(Integer.class).one() == 1;
    }

    /**
     * The two common table expressions ("moved", then its event row) that apply a transition inside
     * a larger statement, guarded by {@code condition}; bind their parameters with {@link #bind}.
     */
    static String ctes(String condition) {
        return """
                moved as (
                    update request set state = :to, version = version + 1
                    where id = :transitionRequest and state = :from and %s
                    returning id),
                event as (
                    insert into request_event (request_id, occurred_at, actor, from_state, to_state, reason, rule_id)
                    select id, :at, :actor, :from, :to, :reason, :ruleId from moved
                    returning 1)
                """.formatted(condition);
    }

    static <S extends SqlStatement<S>> S bind(S statement, Transition transition) {
        return statement.bindMap(values(transition));
    }

    /** The parameters of {@link #ctes}, by name. */
    static Map<String, Object> values(Transition transition) {
        Map<String, Object> values = new HashMap<>();
        values.put("transitionRequest", transition.request().value());
        values.put("from", transition.from().name());
        values.put("to", transition.to().name());
        values.put("at", OffsetDateTime.ofInstant(transition.at(), ZoneOffset.UTC));
        values.put("actor", transition.actor());
        values.put("reason", transition.reason());
        values.put("ruleId", transition.ruleId().orElse(null));
        return values;
    }
}
