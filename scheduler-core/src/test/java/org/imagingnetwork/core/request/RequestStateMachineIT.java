package org.imagingnetwork.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.core.support.NetworkFixture.CHEST_XRAY;
import static org.imagingnetwork.core.support.NetworkFixture.TRUST_SOUTH;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.imagingnetwork.core.rules.Condition;
import org.imagingnetwork.core.rules.NewRule;
import org.imagingnetwork.core.support.CoreServices;
import org.imagingnetwork.core.support.FixedClock;
import org.imagingnetwork.core.support.TestRequests;
import org.imagingnetwork.core.validation.FieldError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of states, against the database: the state machine's moves and nothing else. */
class RequestStateMachineIT {
    private static final CoreServices core = CoreServices.create();

    @BeforeAll
    static void southTrustRulesNeedAProtocolSoNoMoveHereIsFollowedByOne() {
        core.rules()
                .create(new NewRule(
                        Optional.of(TRUST_SOUTH),
                        "Protocol set",
                        List.of(new Condition.ProtocolSet()),
                        "staff:fixture"));
    }

    static Stream<Arguments> illegalMoves() {
        return pairs().filter(pair -> !pair.from().canMoveTo(pair.to()) && pair.to() != RequestState.APPOINTED)
                .map(pair -> Arguments.of(pair.from(), pair.to()));
    }

    static Stream<Arguments> legalMoves() {
        return pairs().filter(pair -> pair.from().canMoveTo(pair.to()) && pair.to() != RequestState.APPOINTED)
                .map(pair -> Arguments.of(pair.from(), pair.to()));
    }

    @Test
    void theMatrixHasEveryPairOfStates() {
        assertThat(illegalMoves().count() + legalMoves().count() + RequestState.values().length)
                .isEqualTo(121);
        assertThat(legalMoves().count()).isEqualTo(18);
    }

    @ParameterizedTest(name = "{0} -> APPOINTED is left to a booking")
    @EnumSource(RequestState.class)
    void onlyABookingAppointsARequest(RequestState from) {
        Request request = requestIn(from);
        long events = TestRequests.eventCount(core, request.id());

        RequestOutcome outcome = core.requests()
                .move(new RequestCommand.Move(request.id(), RequestState.APPOINTED, "test move", "staff:eve"));

        assertThat(outcome)
                .isEqualTo(new RequestOutcome.Invalid(
                        List.of(new FieldError("to", "Book an appointment to appoint the request"))));
        assertThat(core.requestRepository().find(request.id())).contains(request);
        assertThat(TestRequests.eventCount(core, request.id())).isEqualTo(events);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("illegalMoves")
    void refusesEveryMoveTheStateMachineDoesNotAllowAndChangesNothing(RequestState from, RequestState to) {
        Request request = requestIn(from);
        long events = TestRequests.eventCount(core, request.id());

        RequestOutcome outcome =
                core.requests().move(new RequestCommand.Move(request.id(), to, "test move", "staff:eve"));

        assertThat(outcome).isEqualTo(new RequestOutcome.IllegalMove(request.id(), from, to));
        assertThat(core.requestRepository().find(request.id())).contains(request);
        assertThat(TestRequests.eventCount(core, request.id())).isEqualTo(events);
    }

    @ParameterizedTest(name = "{0} -> {1} is made")
    @MethodSource("legalMoves")
    void makesEveryMoveTheStateMachineAllowsWithItsEventRow(RequestState from, RequestState to) {
        Request request = requestIn(from);
        long events = TestRequests.eventCount(core, request.id());

        RequestOutcome outcome =
                core.requests().move(new RequestCommand.Move(request.id(), to, "  test move ", "staff:eve"));

        assertThat(outcome).isInstanceOf(RequestOutcome.Changed.class);
        Request moved = core.requestRepository().find(request.id()).orElseThrow();
        assertThat(moved.state()).isEqualTo(to);
        assertThat(moved.version()).isEqualTo(request.version() + 1);
        assertThat(TestRequests.eventCount(core, request.id())).isEqualTo(events + 1);
        RequestEvent event = last(core.requestRepository().history(request.id()));
        assertThat(event)
                .isEqualTo(new RequestEvent(
                        request.id(),
                        FixedClock.NOW,
                        "staff:eve",
                        Optional.of(from),
                        to,
                        "test move",
                        Optional.empty()));
        assertThat(((RequestOutcome.Changed) outcome).events()).containsExactly(event);
    }

    private static Request requestIn(RequestState state) {
        Request request = TestRequests.received(core, CHEST_XRAY, TRUST_SOUTH);
        TestRequests.forceState(core, request.id(), state);
        return core.requestRepository().find(request.id()).orElseThrow();
    }

    private static RequestEvent last(List<RequestEvent> events) {
        return events.get(events.size() - 1);
    }

    private record Pair(RequestState from, RequestState to) {}

    private static Stream<Pair> pairs() {
        return Stream.of(RequestState.values())
                .flatMap(from -> Stream.of(RequestState.values()).map(to -> new Pair(from, to)));
    }
}
