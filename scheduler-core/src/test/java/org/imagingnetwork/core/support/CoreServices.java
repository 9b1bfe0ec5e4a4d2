package org.imagingnetwork.core.support;

import java.time.Clock;
import org.imagingnetwork.core.jdbc.JdbiAuditLog;
import org.imagingnetwork.core.jdbc.JdbiExamCatalogue;
import org.imagingnetwork.core.jdbc.JdbiNetworkDirectory;
import org.imagingnetwork.core.jdbc.JdbiPatientRepository;
import org.imagingnetwork.core.jdbc.JdbiRequestRepository;
import org.imagingnetwork.core.jdbc.JdbiRuleRepository;
import org.imagingnetwork.core.patient.PatientRegistry;
import org.imagingnetwork.core.request.RequestService;
import org.imagingnetwork.core.rules.RuleBook;
import org.imagingnetwork.core.rules.RuleService;
import org.jdbi.v3.core.Jdbi;

/** The request side of core wired by hand over the test database, as an app's injector would. */
public record CoreServices(
        Jdbi jdbi,
        JdbiNetworkDirectory network,
        JdbiExamCatalogue exams,
        JdbiPatientRepository patients,
        PatientRegistry registry,
        JdbiRequestRepository requestRepository,
        JdbiRuleRepository rules,
        RequestService requests,
        RuleService ruleService,
        JdbiAuditLog audit) {

    public static CoreServices create(Clock clock) {
        Jdbi jdbi = CoreDatabase.get().jdbi();
        NetworkFixture.load(jdbi);
        JdbiNetworkDirectory network = new JdbiNetworkDirectory(jdbi);
        JdbiExamCatalogue exams = new JdbiExamCatalogue(jdbi);
        JdbiPatientRepository patients = new JdbiPatientRepository(jdbi, clock);
        JdbiRequestRepository requestRepository = new JdbiRequestRepository(jdbi);
        JdbiRuleRepository rules = new JdbiRuleRepository(jdbi, clock);
        RequestService requests =
                new RequestService(requestRepository, patients, exams, network, new RuleBook(rules), clock);
        return new CoreServices(
                jdbi,
                network,
                exams,
                patients,
                new PatientRegistry(patients, clock),
                requestRepository,
                rules,
                requests,
                new RuleService(rules, network, requests),
                new JdbiAuditLog(jdbi, clock));
    }

    public static CoreServices create() {
        return create(FixedClock.get());
    }

    /** Rows in a table now, to show that a refused command wrote nothing. */
    public long count(String table) {
        return jdbi.withHandle(h ->
                h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}
