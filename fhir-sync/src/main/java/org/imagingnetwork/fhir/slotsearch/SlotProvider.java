package org.imagingnetwork.fhir.slotsearch;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Slot;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.fhir.mapping.FhirSystems;

/**
 * {@code GET [base]/Slot?status=free&service-type=<exam>&start=ge..&start=lt..} across the whole
 * network, optionally narrowed by {@code schedule} (a room) or {@code location} (a site's ODS code),
 * with the rooms, sites and trusts included when asked ({@link SlotIncludes}).
 */
public final class SlotProvider implements IResourceProvider {

    /** The diary horizon: nobody can book further ahead than the diaries run. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(84);

    static final int MOST_RESULTS = 200;

    private final SlotSearchRepository repository;
    private final Clock clock;

    SlotProvider(SlotSearchRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Class<Slot> getResourceType() {
        return Slot.class;
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = Slot.SP_STATUS) TokenParam status,
            @OptionalParam(name = Slot.SP_SERVICE_TYPE) TokenParam serviceType,
            @OptionalParam(name = Slot.SP_START) DateRangeParam start,
            @OptionalParam(name = Slot.SP_SCHEDULE) ReferenceParam schedule,
            @OptionalParam(name = "location") TokenParam location,
            @IncludeParam Set<Include> include,
            @Count Integer count) {
        SlotIncludes includes = SlotIncludes.of(include);
        if (status == null || !"free".equals(status.getValue())) {
            throw new InvalidRequestException("status: only free slots can be searched (status=free)");
        }
        Instant now = clock.instant();
        Instant from = start == null || start.getLowerBoundAsInstant() == null
                ? now
                : start.getLowerBoundAsInstant().toInstant();
        Instant to = start == null || start.getUpperBoundAsInstant() == null
                ? from.plus(Duration.ofDays(42))
                : start.getUpperBoundAsInstant().toInstant();
        if (from.isBefore(now)) {
            from = now;
        }
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidRequestException("start: give a window in the future of at most 84 days");
        }
        Optional<String> exam = Optional.ofNullable(serviceType).map(token -> {
            if (token.getSystem() != null && !FhirSystems.EXAM.equals(token.getSystem())) {
                throw new InvalidRequestException("service-type: exams are coded in " + FhirSystems.EXAM);
            }
            if (!ExamCode.isWellFormed(token.getValue())) {
                throw new InvalidRequestException("service-type: an exam code is 3 to 12 capital letters or digits");
            }
            return token.getValue();
        });
        int limit = count == null ? 50 : Math.max(1, Math.min(count, MOST_RESULTS));
        List<FreeSlot> free = repository.freeSlots(new SlotQuery(
                from,
                to,
                exam,
                Optional.ofNullable(location).map(TokenParam::getValue),
                Optional.ofNullable(schedule).map(ReferenceParam::getIdPart),
                limit));
        List<Slot> slots = free.stream().map(NetworkResources::slot).toList();
        includes.attach(
                slots,
                free.stream().collect(Collectors.toMap(slot -> Long.toString(slot.id()), FreeSlot::roomId)),
                repository);
        // A page of the earliest slots, not all of them: the bundle leaves out a total rather than
        // give the page's size as the count of matches (counting them all would cost a second
        // search over every free slot in the window).
        return new SimpleBundleProvider(slots).setSize(null);
    }
}
