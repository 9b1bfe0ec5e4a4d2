package org.imagingnetwork.console.vetting;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.jdbi.v3.core.Jdbi;

/** The core pieces vetting reads through, built here so no other feature's beans are touched. */
@Factory
class VettingServices {

    @Singleton
    Appointability appointability(Jdbi jdbi, Clock clock) {
        return new Appointability(new JdbiRequestRepository(jdbi), new JdbiRuleRepository(jdbi, clock), clock);
    }
}
