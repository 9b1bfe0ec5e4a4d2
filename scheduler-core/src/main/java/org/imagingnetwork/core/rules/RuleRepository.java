package org.imagingnetwork.core.rules;

import java.util.List;
import java.util.Optional;
import org.imagingnetwork.core.audit.StaffActor;
import org.imagingnetwork.core.network.OdsCode;

/** The appointability rules trusts keep as data. */
public interface RuleRepository {
    /** The rules set up at one level, enabled or not: one trust's, or the network-wide ones when empty. */
    List<AppointabilityRule> definedFor(Optional<OdsCode> trust);

    /**
     * The enabled rules a trust's requests are assessed against, in the order they are tried: the
     * trust's own when it has any enabled, otherwise the network-wide ones.
     */
    List<AppointabilityRule> applicableTo(OdsCode trust);

    Optional<AppointabilityRule> find(RuleId id);

    /** Saves a new, enabled rule; empty when that level already has a rule of that name. */
    Optional<AppointabilityRule> create(NewRule rule);

    /** As {@link #create(NewRule)}, audited as the member of staff who set it up (role and organisation). */
    Optional<AppointabilityRule> create(NewRule rule, StaffActor by);

    /** Turns a rule on or off; false when there is no such rule. */
    boolean setEnabled(RuleId id, boolean enabled, String actor);

    /** As {@link #setEnabled(RuleId, boolean, String)}, audited as the member of staff who switched it. */
    boolean setEnabled(RuleId id, boolean enabled, StaffActor by);
}
