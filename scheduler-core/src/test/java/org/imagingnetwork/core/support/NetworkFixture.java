package org.imagingnetwork.core.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.imagingnetwork.core.network.OdsCode;
import org.jdbi.v3.core.Jdbi;

/**
 * A small network for tests: one ICS, two trusts, three sites, a few rooms, staff and exams. Codes
 * start with Z so they never clash with the demo network another test may load into the same
 * database; inserting twice is harmless.
 */
public final class NetworkFixture {
    public static final OdsCode TRUST_NORTH = new OdsCode("ZT1");
    public static final OdsCode TRUST_SOUTH = new OdsCode("ZT2");
    public static final OdsCode NORTH_ACUTE = new OdsCode("ZT1AA");
    public static final OdsCode NORTH_CDC = new OdsCode("ZT1CD");
    public static final OdsCode SOUTH_ACUTE = new OdsCode("ZT2AA");
    /** Plain chest X-ray: no contrast, no preparation. */
    public static final String CHEST_XRAY = "ZXCHEST";
    /** CT chest, abdomen and pelvis with contrast. */
    public static final String CT_WITH_CONTRAST = "ZCTCAPC";

    public static final String MRI_BRAIN = "ZMRBRAIN";

    private static final AtomicInteger TRUSTS = new AtomicInteger();

    private NetworkFixture() {}

    /**
     * A new trust of its own (codes ZR01, ZR02, ...) with one acute site, for tests that set up
     * rules a trust at a time and must not see each other's.
     */
    public static OdsCode newTrust(Jdbi jdbi) {
        String code = String.format("ZR%02d", TRUSTS.incrementAndGet());
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            insert into trust (ods_code, name, ics_code, ris_fhir_base_url)
                            values (:code, 'Rule Test Trust ' || :code, 'ZQ1', 'http://ris.test/fhir')
                            """).bind("code", code).execute();
            h.createUpdate("""
                            insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude,
                                              step_free_access, public_transport, parking, sees_children, min_child_age)
                            values (:code || 'AA', :code, 'Rule Test Hospital', 'ACUTE', 'CV1 5FB', 52.4, -1.5, true,
                                    'Bus', 'Car park', false, null)
                            """).bind("code", code).execute();
        });
        return new OdsCode(code);
    }

    public static void load(Jdbi jdbi) {
        jdbi.useTransaction(h -> h.createScript("""
                        insert into ics (code, name) values ('ZQ1', 'Test Shire ICS') on conflict do nothing;
                        insert into trust (ods_code, name, ics_code, ris_fhir_base_url) values
                            ('ZT1', 'North Test NHS Trust', 'ZQ1', 'http://ris-zt1.test/fhir'),
                            ('ZT2', 'South Test NHS Trust', 'ZQ1', 'http://ris-zt2.test/fhir')
                            on conflict do nothing;
                        insert into site (ods_code, trust_ods_code, name, kind, postcode, latitude, longitude, step_free_access,
                                          public_transport, parking, sees_children, min_child_age) values
                            ('ZT1AA', 'ZT1', 'North General Hospital', 'ACUTE', 'B15 2TH', 52.45, -1.94, true,
                             'Bus 61 to the main entrance', 'Pay and display, 400 spaces', true, 0),
                            ('ZT1CD', 'ZT1', 'North Community Diagnostic Centre', 'CDC', 'B70 9PL', 52.52, -2.0, true,
                             'Five minutes from the bus station', 'Free, 80 spaces', false, null),
                            ('ZT2AA', 'ZT2', 'South Royal Infirmary', 'ACUTE', 'WR5 1DD', 52.19, -2.18, false,
                             'Train to Worcester Shrub Hill, then bus 31', 'Pay on exit', true, 5)
                            on conflict do nothing;
                        insert into site_opening_hours (site_ods_code, day_of_week, opens, closes) values
                            ('ZT1AA', 1, '08:00', '20:00'), ('ZT1AA', 2, '08:00', '20:00'), ('ZT1AA', 6, '09:00', '13:00'),
                            ('ZT1CD', 1, '07:30', '19:30'),
                            ('ZT2AA', 3, '08:30', '17:00')
                            on conflict do nothing;
                        insert into room (id, site_ods_code, name, modality, capabilities, max_patient_weight_kg) values
                            ('ZT1AA-CT1', 'ZT1AA', 'CT 1', 'CT', '{CONTRAST_INJECTOR,BARIATRIC_TABLE}', 250),
                            ('ZT1AA-MR1', 'ZT1AA', 'MRI 1', 'MR', '{TESLA_3,PAEDIATRIC_KIT}', null),
                            ('ZT1CD-XR1', 'ZT1CD', 'X-ray 1', 'XR', '{}', null),
                            ('ZT2AA-XR1', 'ZT2AA', 'X-ray A', 'XR', '{}', null)
                            on conflict do nothing;
                        insert into staff (id, name, role, skills, trust_ods_code, contracted_hours_per_week) values
                            ('ZT1-S1', 'Asha Patel', 'RADIOGRAPHER', '{CT,CONTRAST_CANNULATION}', 'ZT1', 37),
                            ('ZT1-S2', 'Tom Evans', 'RADIOGRAPHER', '{MR,PAEDIATRIC}', 'ZT1', 30),
                            ('ZT2-S1', 'Mary Jones', 'RADIOGRAPHER', '{XR}', 'ZT2', 37)
                            on conflict do nothing;
                        insert into staff_home_site (staff_id, site_ods_code) values
                            ('ZT1-S1', 'ZT1AA'), ('ZT1-S1', 'ZT1CD'), ('ZT1-S2', 'ZT1AA'), ('ZT2-S1', 'ZT2AA')
                            on conflict do nothing;
                        insert into exam (code, name, modality, required_capabilities, required_skills, contrast, preparation,
                                          preparation_welsh) values
                            ('ZXCHEST', 'X-ray chest', 'XR', '{}', '{XR}', false, 'No preparation needed.',
                             'Nid oes angen paratoi.'),
                            ('ZCTCAPC', 'CT chest, abdomen and pelvis with contrast', 'CT', '{CONTRAST_INJECTOR}',
                             '{CT,CONTRAST_CANNULATION}', true, 'Do not eat for 4 hours before your scan.',
                             'Peidiwch a bwyta am 4 awr cyn eich sgan.'),
                            ('ZMRBRAIN', 'MRI brain', 'MR', '{}', '{MR}', false, 'Remove all metal.', 'Tynnwch bob metel.')
                            on conflict do nothing;
                        insert into exam_duration (exam_code, age_band, minutes) values
                            ('ZXCHEST', 'ADULT', 10), ('ZCTCAPC', 'ADULT', 20), ('ZMRBRAIN', 'ADULT', 30),
                            ('ZMRBRAIN', 'CHILD', 45), ('ZMRBRAIN', 'INFANT', 60)
                            on conflict do nothing;
                        """).execute());
    }
}
