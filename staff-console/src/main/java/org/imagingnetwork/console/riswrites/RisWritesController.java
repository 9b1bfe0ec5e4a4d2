package org.imagingnetwork.console.riswrites;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingnetwork.console.access.StaffUser;
import org.imagingnetwork.console.network.NetworkReference;
import org.imagingnetwork.console.web.FormToken;
import org.imagingnetwork.console.web.PageNotFound;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.outbox.ParkedWrite;
import org.imagingnetwork.core.outbox.ParkedWrites;

/**
 * Parked RIS writes: the changes the relay could not deliver to a trust's RIS after its retries,
 * per trust in scope, with the last error; staff send one, or all of a trust's, again once that
 * RIS is fixed. Nothing is ever deleted here. A row of a trust outside scope is "not found".
 */
@Controller("/ris-writes")
@Secured("RETRY_RIS_WRITES")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RisWritesController {

    /** The most parked rows one page lists; each trust's count is always complete. */
    static final int SHOWN = 200;

    private final ParkedWrites parked;
    private final NetworkReference network;

    RisWritesController(ParkedWrites parked, NetworkReference network) {
        this.parked = parked;
        this.network = network;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(
            StaffUser user,
            @Nullable @QueryValue("retried") Long retried,
            @Nullable @QueryValue("retriedAll") Integer retriedAll) {
        List<OdsCode> trusts = trustsOf(user);
        Map<OdsCode, Integer> counts = parked.countByTrust(trusts);
        Map<OdsCode, List<ParkedWrite>> rows =
                parked.parked(trusts, SHOWN).stream().collect(Collectors.groupingBy(ParkedWrite::trust));
        Map<String, String> names = network.trustNames();
        List<TrustParked> byTrust = counts.entrySet().stream()
                .map(e -> new TrustParked(
                        e.getKey().value(),
                        names.getOrDefault(e.getKey().value(), e.getKey().value()),
                        e.getValue(),
                        rows.getOrDefault(e.getKey(), List.of())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Parked RIS writes");
        model.put("trusts", byTrust);
        model.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.put("retried", retried);
        model.put("retriedAll", retriedAll);
        model.put("words", ChangeWords.INSTANCE);
        return new ModelAndView<>("riswrites/list", model);
    }

    @Post(value = "/{id}/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(StaffUser user, @PathVariable long id, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        if (!parked.retry(id, trustsOf(user), user.staffActor())) {
            throw new PageNotFound();
        }
        return HttpResponse.seeOther(URI.create("/ris-writes?retried=" + id));
    }

    @Post(value = "/retry-all", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retryAll(StaffUser user, @Body @Nullable Map<String, String> form) {
        FormToken.check(user, form == null ? null : form.get(FormToken.FIELD));
        String trust = form.get("trust");
        if (trust == null || !user.scope().covers(trust)) {
            throw new PageNotFound();
        }
        int count = parked.retryAll(new OdsCode(trust), user.staffActor());
        return HttpResponse.seeOther(URI.create("/ris-writes?retriedAll=" + count));
    }

    private static List<OdsCode> trustsOf(StaffUser user) {
        return user.scope().trusts().stream().map(OdsCode::new).toList();
    }
}
