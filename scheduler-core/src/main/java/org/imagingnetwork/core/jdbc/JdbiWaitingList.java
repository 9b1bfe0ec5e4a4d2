package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.imagingnetwork.core.request.Request;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.WaitingList;
import org.jdbi.v3.core.Jdbi;

@Singleton
public final class JdbiWaitingList implements WaitingList {

    private final Jdbi jdbi;

    @Inject
    public JdbiWaitingList(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Request> waiting() {
        return jdbi.withHandle(
                h -> h.createQuery("select * from request where state = 'WAITING' order by received_at, id")
                        .map(RequestRows::request)
                        .list());
    }

    @Override
    public List<Request> byIds(Collection<RequestId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long[] values = ids.stream().mapToLong(RequestId::value).toArray();
        return jdbi.withHandle(h -> h.createQuery("select * from request where id = any(:ids) order by id")
                .bind("ids", values)
                .map(RequestRows::request)
                .list());
    }

    @Override
    public List<Request> receivedBetween(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from request where received_at >= :from and received_at < :to order by received_at, id
                        """)
                .bind("from", Rows.utc(from))
                .bind("to", Rows.utc(to))
                .map(RequestRows::request)
                .list());
    }
}
