package org.imagingnetwork.core.jdbc;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.OpeningHours;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.core.network.Trust;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps reference-data rows onto the network records. */
final class NetworkRows {
    private NetworkRows() {}

    static Trust trust(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Trust(
                new OdsCode(rs.getString("ods_code")),
                rs.getString("name"),
                rs.getString("ics_code"),
                URI.create(rs.getString("ris_fhir_base_url")));
    }

    static Site site(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Site(
                new OdsCode(rs.getString("ods_code")),
                new OdsCode(rs.getString("trust_ods_code")),
                rs.getString("name"),
                SiteKind.valueOf(rs.getString("kind")),
                rs.getString("postcode"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getBoolean("step_free_access"),
                rs.getString("public_transport"),
                rs.getString("parking"),
                Rows.optionalInt(rs, "min_child_age"),
                openingHours(Rows.strings(rs, "opening_hours")));
    }

    static Room room(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Room(
                rs.getString("id"),
                new OdsCode(rs.getString("site_ods_code")),
                rs.getString("name"),
                Modality.valueOf(rs.getString("modality")),
                Rows.enumSet(rs, "capabilities", Capability.class),
                Rows.optionalInt(rs, "max_patient_weight_kg"));
    }

    static Staff staff(ResultSet rs, StatementContext ctx) throws SQLException {
        List<OdsCode> homeSites = new ArrayList<>();
        for (String code : Rows.strings(rs, "home_sites")) {
            homeSites.add(new OdsCode(code));
        }
        return new Staff(
                rs.getString("id"),
                rs.getString("name"),
                StaffRole.valueOf(rs.getString("role")),
                Rows.enumSet(rs, "skills", Skill.class),
                new OdsCode(rs.getString("trust_ods_code")),
                Set.copyOf(homeSites),
                rs.getInt("contracted_hours_per_week"));
    }

    /** Rows come as "day opens closes" (ISO day number, times as PostgreSQL prints them). */
    private static List<OpeningHours> openingHours(List<String> rows) {
        List<OpeningHours> hours = new ArrayList<>(rows.size());
        for (String row : rows) {
            String[] parts = row.split(" ");
            hours.add(new OpeningHours(
                    DayOfWeek.of(Integer.parseInt(parts[0])), LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
        }
        return hours;
    }
}
