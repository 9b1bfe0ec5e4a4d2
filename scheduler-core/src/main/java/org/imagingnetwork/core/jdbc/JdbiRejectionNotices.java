package org.imagingnetwork.core.jdbc;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.imagingnetwork.core.outbox.OutboxChange;
import org.imagingnetwork.core.outbox.RejectionNotice;
import org.imagingnetwork.core.outbox.RejectionNotices;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/** A rejection's outbox row, read by request through V33's {@code outbox_request_idx}. */
public final class JdbiRejectionNotices implements RejectionNotices {

    private final Jdbi jdbi;

    public JdbiRejectionNotices(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<RejectionNotice> of(RequestId request) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select status, created_at, delivered_at, attempts, last_error
                        from outbox where request_id = :request and change = :change
                        """)
                .bind("request", request.value())
                .bind("change", OutboxChange.REFERRAL_REJECTED.name())
                .map((rs, ctx) -> new RejectionNotice(
                        request,
                        switch (rs.getString("status")) {
                            case "DELIVERED" -> RejectionNotice.Progress.TOLD;
                            case "FAILED" -> RejectionNotice.Progress.PARKED;
                            default -> RejectionNotice.Progress.SENDING;
                        },
                        Rows.instant(rs, "created_at"),
                        Optional.ofNullable(rs.getObject("delivered_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant),
                        rs.getInt("attempts"),
                        Rows.optionalString(rs, "last_error")))
                .findOne());
    }
}
