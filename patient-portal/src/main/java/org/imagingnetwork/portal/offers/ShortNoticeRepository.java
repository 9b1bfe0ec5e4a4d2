package org.imagingnetwork.portal.offers;

import jakarta.inject.Singleton;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/** Whether, and at how much notice, a patient can come for an earlier released slot. */
@Singleton
class ShortNoticeRepository {

    private final Jdbi jdbi;

    ShortNoticeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Sets the preference on the patient's own open request; false when there is no such request. */
    boolean set(PatientId patient, RequestId request, Integer hours) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        update request set short_notice = :on, short_notice_hours = :hours, version = version + 1
                        where id = :id and patient_id = :patient and state in ('WAITING', 'APPOINTED')
                        """)
                        .bind("on", hours != null)
                        .bind("hours", hours)
                        .bind("id", request.value())
                        .bind("patient", patient.value())
                        .execute())
                == 1;
    }
}
