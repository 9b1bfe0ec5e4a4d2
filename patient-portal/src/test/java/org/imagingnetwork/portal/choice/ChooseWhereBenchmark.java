package org.imagingnetwork.portal.choice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagingnetwork.core.demo.DemoNetwork;
import org.imagingnetwork.core.demo.DemoPreset;
import org.imagingnetwork.core.jdbc.Database;
import org.imagingnetwork.core.jdbc.DatabaseSettings;
import org.imagingnetwork.core.jdbc.DemoNetworkLoader;
import org.imagingnetwork.core.patient.PatientId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.time.London;

/**
 * Latency of the "choose where" search in the service (SQL and ranking, no HTTP), on whatever
 * network DATABASE_URL holds, loading the FULL demo network first into an empty database. Takes waiting
 * referrals of every modality, warms up, then times each search and prints percentiles.
 *
 * <p>Arguments: number of timed searches (default 2000).
 */
public final class ChooseWhereBenchmark {

    private ChooseWhereBenchmark() {}

    public static void main(String[] args) {
        int searches = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String url =
                System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        try (Database database = Database.open(DatabaseSettings.of(url).withPoolSize(4))) {
            Clock clock = Clock.system(London.ZONE);
            var jdbi = database.jdbi();
            if (jdbi.withHandle(h -> h.createQuery("select count(*) from site")
                            .mapTo(Long.class)
                            .one())
                    == 0) {
                long started = System.nanoTime();
                new DemoNetworkLoader(database)
                        .load(DemoNetwork.generate(DemoPreset.FULL, 42, DemoNetwork.nextMonday(clock)));
                System.out.printf("loaded the FULL demo network in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
            WhereSearch search = new WhereSearch(
                    new SiteDirectory(jdbi, clock), new Availability(jdbi), new PostcodeLocations(jdbi), clock);
            ChoiceQueries queries = new ChoiceQueries(jdbi);
            List<ChoiceRequest> requests = new ArrayList<>();
            jdbi.withHandle(h -> h.createQuery("""
                            select r.id, r.patient_id from request r join exam e on e.code = r.exam_code
                            where r.state = 'WAITING' order by md5(r.id::text) limit 400
                            """)
                            .map((rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("patient_id")})
                            .list())
                    .forEach(ids -> queries.request(new PatientId(ids[1]), new RequestId(ids[0]))
                            .ifPresent(requests::add));
            if (requests.isEmpty()) {
                throw new IllegalStateException("No waiting referrals in " + url + ": load the demo network first");
            }
            long sites = jdbi.withHandle(h ->
                    h.createQuery("select count(*) from site").mapTo(Long.class).one());
            long slots = jdbi.withHandle(h ->
                    h.createQuery("select count(*) from slot").mapTo(Long.class).one());
            WhereFilters filters = WhereFilters.defaults();
            int found = 0;
            for (int i = 0; i < Math.min(500, searches); i++) {
                found += search.search(requests.get(i % requests.size()), filters)
                        .size();
            }
            long[] nanos = new long[searches];
            for (int i = 0; i < searches; i++) {
                ChoiceRequest request = requests.get(i % requests.size());
                long start = System.nanoTime();
                found += search.search(request, filters).size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "choose-where: %d searches over %d referrals, %d sites, %d slots; ms p50 %.2f p95 %.2f p99 %.2f max %.2f (%d site rows)%n",
                    searches,
                    requests.size(),
                    sites,
                    slots,
                    ms(nanos, 0.50),
                    ms(nanos, 0.95),
                    ms(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6,
                    found);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
