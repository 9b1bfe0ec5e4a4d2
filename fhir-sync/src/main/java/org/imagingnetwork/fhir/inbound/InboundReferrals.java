package org.imagingnetwork.fhir.inbound;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/**
 * Trusts' own referral identifiers and the requests they became. A create first claims the
 * identifier (a unique row), so two copies of one referral arriving together make one request.
 */
final class InboundReferrals {

    /** A claim whose create never finished (the process died) is taken over after this long. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final Jdbi jdbi;

    InboundReferrals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    sealed interface Claim {}

    /** This caller handles the referral now. */
    record Claimed() implements Claim {}

    /** The referral already became this request. */
    record Known(RequestId request) implements Claim {}

    /** Another call is handling the same referral this moment. */
    record Busy() implements Claim {}

    Claim claim(OdsCode trust, String system, String value, Instant now) {
        return jdbi.inTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            insert into inbound_referral (trust_ods_code, system, value, claimed_at)
                            values (:trust, :system, :value, :now)
                            on conflict do nothing
                            """)
                    .bind("trust", trust.value())
                    .bind("system", system)
                    .bind("value", value)
                    .bind("now", utc(now))
                    .execute();
            if (inserted == 1) {
                return new Claimed();
            }
            Optional<Long> request = handle.createQuery("""
                            select coalesce(request_id, -1) from inbound_referral
                            where trust_ods_code = :trust and system = :system and value = :value
                            for update
                            """)
                    .bind("trust", trust.value())
                    .bind("system", system)
                    .bind("value", value)
                    .mapTo(Long.class)
                    .findOne();
            if (request.isPresent() && request.get() > 0) {
                return new Known(new RequestId(request.get()));
            }
            int takenOver = handle.createUpdate("""
                            update inbound_referral set claimed_at = :now
                            where trust_ods_code = :trust and system = :system and value = :value
                              and request_id is null and claimed_at < :abandoned
                            """)
                    .bind("trust", trust.value())
                    .bind("system", system)
                    .bind("value", value)
                    .bind("now", utc(now))
                    .bind("abandoned", utc(now.minus(ABANDONED_AFTER)))
                    .execute();
            return takenOver == 1 ? new Claimed() : new Busy();
        });
    }

    void complete(OdsCode trust, String system, String value, RequestId request) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update inbound_referral set request_id = :request
                        where trust_ods_code = :trust and system = :system and value = :value
                        """)
                .bind("trust", trust.value())
                .bind("system", system)
                .bind("value", value)
                .bind("request", request.value())
                .execute());
    }

    /** Gives the identifier back after a refused create, so a corrected resend can use it. */
    void release(OdsCode trust, String system, String value) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        delete from inbound_referral
                        where trust_ods_code = :trust and system = :system and value = :value and request_id is null
                        """)
                .bind("trust", trust.value())
                .bind("system", system)
                .bind("value", value)
                .execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
