package org.imagingnetwork.portal.booking;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.imagingnetwork.core.diary.SlotId;
import org.jdbi.v3.core.Jdbi;

/** Where and when a slot is, for the confirmation page. */
@Singleton
class SlotDetails {

    record Details(
            SlotId id,
            Instant startsAt,
            Instant endsAt,
            String siteCode,
            String siteName,
            String sitePostcode,
            String roomName,
            boolean free) {}

    private final Jdbi jdbi;

    SlotDetails(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<Details> find(SlotId slot) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select s.id, s.starts_at, s.ends_at, s.status, si.ods_code, si.name as site_name,
                               si.postcode, ro.name as room_name
                        from slot s join room ro on ro.id = s.room_id join site si on si.ods_code = ro.site_ods_code
                        where s.id = :id
                        """)
                .bind("id", slot.value())
                .map((rs, ctx) -> new Details(
                        new SlotId(rs.getLong("id")),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                        rs.getString("ods_code"),
                        rs.getString("site_name"),
                        rs.getString("postcode"),
                        rs.getString("room_name"),
                        "FREE".equals(rs.getString("status"))))
                .findOne());
    }
}
