package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.network.Ics;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.Trust;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the network's reference data. Opening hours and staff home sites come back as arrays of
 * the parent row, so a list of any size costs one query.
 */
@Singleton
public final class JdbiNetworkDirectory implements NetworkDirectory {

    private static final String TRUSTS = """
            select ods_code, name, ics_code, ris_fhir_base_url from trust
            """;
    private static final String SITES = """
            select s.*,
                   array(select h.day_of_week || ' ' || h.opens || ' ' || h.closes
                         from site_opening_hours h
                         where h.site_ods_code = s.ods_code
                         order by h.day_of_week) as opening_hours
            from site s
            """;
    private static final String ROOMS = """
            select id, site_ods_code, name, modality, capabilities, max_patient_weight_kg from room
            """;
    static final String STAFF = """
            select st.*,
                   array(select hs.site_ods_code from staff_home_site hs where hs.staff_id = st.id) as home_sites
            from staff st
            """;

    private final Jdbi jdbi;

    @Inject
    public JdbiNetworkDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Ics> integratedCareSystems() {
        return jdbi.withHandle(h -> h.createQuery("select code, name from ics order by code")
                .map((rs, ctx) -> new Ics(rs.getString("code"), rs.getString("name")))
                .list());
    }

    @Override
    public List<Trust> trusts() {
        return jdbi.withHandle(h -> h.createQuery(TRUSTS + "order by ods_code")
                .map(NetworkRows::trust)
                .list());
    }

    @Override
    public Optional<Trust> trust(OdsCode odsCode) {
        return jdbi.withHandle(h -> h.createQuery(TRUSTS + "where ods_code = :code")
                .bind("code", odsCode.value())
                .map(NetworkRows::trust)
                .findOne());
    }

    @Override
    public List<Site> sites() {
        return jdbi.withHandle(h -> h.createQuery(SITES + "order by s.ods_code")
                .map(NetworkRows::site)
                .list());
    }

    @Override
    public Optional<Site> site(OdsCode odsCode) {
        return jdbi.withHandle(h -> h.createQuery(SITES + "where s.ods_code = :code")
                .bind("code", odsCode.value())
                .map(NetworkRows::site)
                .findOne());
    }

    @Override
    public List<Site> sitesOf(OdsCode trust) {
        return jdbi.withHandle(h -> h.createQuery(SITES + "where s.trust_ods_code = :trust order by s.ods_code")
                .bind("trust", trust.value())
                .map(NetworkRows::site)
                .list());
    }

    @Override
    public List<Room> rooms() {
        return jdbi.withHandle(
                h -> h.createQuery(ROOMS + "order by id").map(NetworkRows::room).list());
    }

    @Override
    public Optional<Room> room(String id) {
        return jdbi.withHandle(h -> h.createQuery(ROOMS + "where id = :id")
                .bind("id", id)
                .map(NetworkRows::room)
                .findOne());
    }

    @Override
    public List<Room> roomsAt(OdsCode site) {
        return jdbi.withHandle(h -> h.createQuery(ROOMS + "where site_ods_code = :site order by id")
                .bind("site", site.value())
                .map(NetworkRows::room)
                .list());
    }

    @Override
    public List<Staff> staff() {
        return jdbi.withHandle(h ->
                h.createQuery(STAFF + "order by st.id").map(NetworkRows::staff).list());
    }

    @Override
    public List<Staff> staffOf(OdsCode trust) {
        return jdbi.withHandle(h -> h.createQuery(STAFF + "where st.trust_ods_code = :trust order by st.id")
                .bind("trust", trust.value())
                .map(NetworkRows::staff)
                .list());
    }
}
