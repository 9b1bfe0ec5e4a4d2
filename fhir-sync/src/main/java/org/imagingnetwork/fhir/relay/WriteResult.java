package org.imagingnetwork.fhir.relay;

/** How a write to a RIS went. */
sealed interface WriteResult {

    /** The RIS holds this change (or a later one). */
    record Written() implements WriteResult {}

    /**
     * The RIS could not take it now: down, slow, failing, or busy with a concurrent change. Try again
     * later. {@code risFault} says whether the RIS itself was at fault (counts toward its breaker).
     */
    record TryLater(String reason, boolean risFault) implements WriteResult {}

    /** The RIS refused it as wrong; retrying the same write cannot help, so staff must look. */
    record Refused(String reason) implements WriteResult {}
}
