package org.imagingnetwork.fhir.operations;

import java.util.Map;
import org.imagingnetwork.core.operations.HealthCheck;
import org.imagingnetwork.fhir.relay.OutboxRelay;
import org.imagingnetwork.fhir.relay.RelayBacklog;

/**
 * The relay's workers run, with its backlog for an operator: what is still to deliver, how long the
 * oldest change has waited, what is parked. A backlog alone does not make the relay unready (a RIS
 * that is down builds one while the boundary's endpoints still serve); dead workers do.
 */
public final class RelayHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final RelayBacklog backlog;

    public RelayHealth(OutboxRelay relay, RelayBacklog backlog) {
        this.relay = relay;
        this.backlog = backlog;
    }

    @Override
    public String name() {
        return "relay";
    }

    @Override
    public Map<String, Object> check() {
        if (!relay.running()) {
            throw new IllegalStateException("the relay's workers are not running");
        }
        RelayBacklog.Totals totals = backlog.totals();
        return Map.of(
                "pending", totals.pending(),
                "parked", totals.parked(),
                "oldestPendingSeconds", totals.oldestPendingSeconds());
    }
}
