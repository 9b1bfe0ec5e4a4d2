package org.imagingnetwork.console.rules;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiReassessmentRuns;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.network.NetworkDirectory;
import org.imagingnetwork.core.request.DailyReassessment;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleService;
import org.jdbi.v3.core.Jdbi;

/** Core's rule service and what the rules screens read, built here so no other feature's beans are touched. */
@Factory
class RuleServices {

    @Singleton
    RuleService ruleService(Jdbi jdbi, Clock clock, NetworkDirectory network, RequestService requests) {
        return new RuleService(new JdbiRuleRepository(jdbi, clock), network, requests);
    }

    @Singleton
    DailyReassessment dailyReassessment(Jdbi jdbi, Clock clock, RequestService requests) {
        return new DailyReassessment(requests, new JdbiReassessmentRuns(jdbi), clock);
    }

    @Singleton
    RuleBookView ruleBook(Jdbi jdbi, Clock clock) {
        return new RuleBookView(new JdbiRuleRepository(jdbi, clock));
    }

    @Singleton
    RulePreview rulePreview(Jdbi jdbi, Clock clock, NetworkDirectory network, RulesQueries queries) {
        return new RulePreview(
                new JdbiRuleRepository(jdbi, clock), new JdbiRequestRepository(jdbi), network, queries, clock);
    }
}
