package org.imagingnetwork.core.jdbc;

import java.util.Optional;
import org.imagingnetwork.core.choice.PostcodeLocations;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.patient.Postcode;
import org.jdbi.v3.core.Jdbi;

/** Postcodes located by the {@code postcode_district} table (V9). */
public final class JdbiPostcodeLocations implements PostcodeLocations {

    private final Jdbi jdbi;

    public JdbiPostcodeLocations(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<GeoPoint> locate(String postcode) {
        Optional<Postcode> parsed = Postcode.parse(postcode);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String outward = parsed.get().outward();
        String area = outward.replaceAll("[0-9].*$", "");
        return jdbi.withHandle(h -> h.createQuery("""
                        select latitude, longitude from postcode_district
                        where outward in (:outward, :area)
                        order by length(outward) desc
                        limit 1
                        """)
                .bind("outward", outward)
                .bind("area", area)
                .map((rs, ctx) -> new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")))
                .findOne());
    }
}
