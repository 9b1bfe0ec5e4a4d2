package org.imagingnetwork.console.riswrites;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiParkedWrites;
import org.imagingnetwork.core.outbox.ParkedWrites;
import org.jdbi.v3.core.Jdbi;

/** The core's parked outbox rows, for this page. */
@Factory
class RisWritesServices {

    @Singleton
    ParkedWrites parkedWrites(Jdbi jdbi, Clock clock) {
        return new JdbiParkedWrites(jdbi, clock);
    }
}
