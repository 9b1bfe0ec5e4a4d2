package org.imagingnetwork.console.staff;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.availability.StaffAvailability;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.jdbi.v3.core.Jdbi;

/** The core services the staff availability pages use. */
@Factory
class StaffServices {

    @Singleton
    StaffAvailability staffAvailability(Jdbi jdbi, Clock clock) {
        return new StaffAvailability(new JdbiStaffAbsences(jdbi, clock));
    }
}
