package org.imagingnetwork.core.jdbc;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.imagingnetwork.core.patient.Patient;
import org.imagingnetwork.core.patient.PatientDirectory;
import org.imagingnetwork.core.patient.PatientId;
import org.jdbi.v3.core.Jdbi;

@Singleton
public final class JdbiPatientDirectory implements PatientDirectory {

    private final Jdbi jdbi;

    @Inject
    public JdbiPatientDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<PatientId, Patient> byIds(Collection<PatientId> ids) {
        Map<PatientId, Patient> patients = new HashMap<>();
        if (ids.isEmpty()) {
            return patients;
        }
        long[] values = ids.stream().mapToLong(PatientId::value).distinct().toArray();
        jdbi.useHandle(h -> h.createQuery("select * from patient where id = any(:ids)")
                .bind("ids", values)
                .map(JdbiPatientRepository::patient)
                .forEach(patient -> patients.put(patient.id(), patient)));
        return patients;
    }
}
