package org.imagingnetwork.fhir.simulator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.FhirTerser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;

/**
 * One trust RIS's records: every version of every resource it was sent, in memory. Writes are
 * serialised (a real RIS has a database transaction here); readers get copies, so nothing outside
 * can change what the RIS holds.
 */
public final class RisStore {

    private final FhirTerser terser;
    private final Clock clock;
    private final Map<String, List<Resource>> versionsByKey = new LinkedHashMap<>();
    /** Resource keys by "type|system|value" and "type||value", as a RIS indexes its identifiers. */
    private final Map<String, Set<String>> keysByIdentifier = new HashMap<>();

    RisStore(FhirContext context, Clock clock) {
        this.terser = context.newTerser();
        this.clock = clock;
    }

    /** Creates the resource unless one with this identifier exists; either way returns what is held. */
    public synchronized Written createIfNoneExist(Resource resource, Optional<Identifier> condition) {
        if (condition.isPresent()) {
            List<Resource> matches = matching(resource.fhirType(), condition.get());
            if (matches.size() > 1) {
                throw new PreconditionFailedException(
                        "More than one " + resource.fhirType() + " matches If-None-Exist");
            }
            if (matches.size() == 1) {
                return new Written(matches.get(0).copy(), false);
            }
        }
        String id = UUID.randomUUID().toString();
        return new Written(store(resource, id, 1), true);
    }

    /**
     * Conditional update by identifier. With {@code ifMatch} the update happens only if the held
     * version is that one (412 otherwise), which is how two writers avoid overwriting each other.
     */
    public synchronized Written updateByIdentifier(Resource resource, Identifier identifier, Optional<String> ifMatch) {
        List<Resource> matches = matching(resource.fhirType(), identifier);
        if (matches.size() > 1) {
            throw new PreconditionFailedException("More than one " + resource.fhirType() + " has this identifier");
        }
        if (matches.isEmpty()) {
            if (ifMatch.isPresent()) {
                throw new PreconditionFailedException(
                        "If-Match given but no " + resource.fhirType() + " has this identifier");
            }
            return new Written(store(resource, UUID.randomUUID().toString(), 1), true);
        }
        Resource current = matches.get(0);
        int version = Integer.parseInt(current.getMeta().getVersionId());
        if (ifMatch.isPresent() && !ifMatch.get().equals(Integer.toString(version))) {
            throw new PreconditionFailedException(
                    "Version " + ifMatch.get() + " is not the current version " + version);
        }
        return new Written(store(resource, current.getIdPart(), version + 1), false);
    }

    public synchronized Resource read(String type, String id) {
        List<Resource> versions = versionsByKey.get(type + "/" + id);
        if (versions == null) {
            throw new ResourceNotFoundException(type + "/" + id);
        }
        return versions.get(versions.size() - 1).copy();
    }

    /** Current versions of every resource of this type that the filter accepts. */
    public synchronized List<Resource> search(String type, Predicate<Resource> filter) {
        List<Resource> found = new ArrayList<>();
        for (Map.Entry<String, List<Resource>> entry : versionsByKey.entrySet()) {
            if (entry.getKey().startsWith(type + "/")) {
                Resource current = entry.getValue().get(entry.getValue().size() - 1);
                if (filter.test(current)) {
                    found.add(current.copy());
                }
            }
        }
        return found;
    }

    /** Current versions of the resources of this type with this identifier, found through the index. */
    public synchronized List<Resource> byIdentifier(String type, Identifier identifier) {
        return matching(type, identifier);
    }

    /** Every version of one resource, oldest first. */
    public synchronized List<Resource> history(String type, String id) {
        return versionsByKey.getOrDefault(type + "/" + id, List.of()).stream()
                .map(Resource::copy)
                .toList();
    }

    public synchronized void clear() {
        versionsByKey.clear();
        keysByIdentifier.clear();
    }

    public List<Identifier> identifiersOf(Resource resource) {
        return terser.getValues(resource, "identifier", Identifier.class);
    }

    private List<Resource> matching(String type, Identifier wanted) {
        String system = wanted.hasSystem() ? wanted.getSystem() : "";
        return keysByIdentifier.getOrDefault(type + "|" + system + "|" + wanted.getValue(), Set.of()).stream()
                .map(key -> versionsByKey.get(key))
                .map(versions -> versions.get(versions.size() - 1))
                .filter(current -> identifiersOf(current).stream().anyMatch(i -> sameIdentifier(i, wanted)))
                .map(Resource::copy)
                .toList();
    }

    private void index(String key, Resource previous, Resource current) {
        if (previous != null) {
            for (String indexKey : indexKeys(previous)) {
                keysByIdentifier.getOrDefault(indexKey, new HashSet<>()).remove(key);
            }
        }
        for (String indexKey : indexKeys(current)) {
            keysByIdentifier.computeIfAbsent(indexKey, k -> new HashSet<>()).add(key);
        }
    }

    private List<String> indexKeys(Resource resource) {
        List<String> keys = new ArrayList<>();
        for (Identifier identifier : identifiersOf(resource)) {
            keys.add(resource.fhirType() + "|" + (identifier.hasSystem() ? identifier.getSystem() : "") + "|"
                    + identifier.getValue());
            keys.add(resource.fhirType() + "||" + identifier.getValue());
        }
        return keys;
    }

    static boolean sameIdentifier(Identifier held, Identifier wanted) {
        boolean systemMatches = !wanted.hasSystem() || wanted.getSystem().equals(held.getSystem());
        return systemMatches && wanted.getValue() != null && wanted.getValue().equals(held.getValue());
    }

    private Resource store(Resource resource, String id, int version) {
        Resource copy = resource.copy();
        copy.setId(resource.fhirType() + "/" + id + "/_history/" + version);
        copy.getMeta().setVersionId(Integer.toString(version));
        copy.getMeta().setLastUpdated(Date.from(clock.instant()));
        String key = resource.fhirType() + "/" + id;
        List<Resource> versions = versionsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        index(key, versions.isEmpty() ? null : versions.get(versions.size() - 1), copy);
        versions.add(copy);
        return copy.copy();
    }

    /** What a write left in the RIS, and whether it made a new resource. */
    public record Written(Resource resource, boolean created) {}
}
