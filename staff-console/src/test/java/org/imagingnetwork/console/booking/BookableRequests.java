package org.imagingnetwork.console.booking;

import java.util.List;
import org.imagingnetwork.console.support.ConsoleServer;
import org.imagingnetwork.core.choice.ChoiceRequests;
import org.imagingnetwork.core.choice.WhereFilters;
import org.imagingnetwork.core.choice.WhereSearch;
import org.imagingnetwork.core.request.RequestId;

/** Requests the booking tests can book: each call a different one, so tests never share a patient. */
final class BookableRequests {

    private BookableRequests() {}

    /**
     * A waiting request of trust A that the network search finds sites for, never booked and never
     * opened by staff (no audit row names it), so no earlier test has touched it.
     */
    static long next(ConsoleServer console) {
        WhereSearch search = console.context().getBean(WhereSearch.class);
        ChoiceRequests choices = console.context().getBean(ChoiceRequests.class);
        List<Long> waiting = console.jdbi()
                .withHandle(h -> h.createQuery("""
                        select r.id from request r where r.referring_trust = :t and r.state = 'WAITING'
                          and not exists (select 1 from appointment a where a.request_id = r.id)
                          and not exists (select 1 from audit_log l where l.detail like '%request ' || r.id)
                        order by r.id desc limit 40""")
                        .bind("t", console.staff().trustA())
                        .mapTo(Long.class)
                        .list());
        return waiting.stream()
                .filter(id -> !search.search(choices.find(new RequestId(id)).orElseThrow(), WhereFilters.defaults())
                        .isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
