package org.imagingnetwork.console.rules;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The rules screens' SQL: the requests a preview lists, most urgent and oldest first. */
@Singleton
final class RulesQueries {

    private final Jdbi jdbi;

    RulesQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The requests of a preview, each with the rule that would fire for it. */
    List<PreviewedMove> moves(Map<Long, String> firing) {
        if (firing.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("""
                        select r.id, e.name as exam_name, r.priority, r.referring_trust, r.received_at
                        from request r join exam e on e.code = r.exam_code
                        where r.id = any(:ids)
                        order by case r.priority when 'URGENT' then 0 when 'TWO_WEEK_WAIT' then 1 when 'ROUTINE' then 2 else 3 end,
                                 r.received_at, r.id
                        """)
                .bindArray("ids", Long.class, List.copyOf(firing.keySet()))
                .map((rs, ctx) -> new PreviewedMove(
                        rs.getLong("id"),
                        rs.getString("exam_name"),
                        rs.getString("priority"),
                        rs.getString("referring_trust"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        firing.get(rs.getLong("id"))))
                .list());
    }
}
