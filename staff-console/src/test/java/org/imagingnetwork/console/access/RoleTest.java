package org.imagingnetwork.console.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.console.access.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The permission table, row by row, as docs/staff-console.md states it. */
class RoleTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Role.BOOKINGS_CLERK, EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, BOOK_ON_BEHALF, VIEW_DIARY)),
                Arguments.of(Role.VETTING_RADIOLOGIST, EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, VET)),
                Arguments.of(
                        Role.DIARY_MANAGER,
                        EnumSet.of(VIEW_WORKLIST, VIEW_PATIENT, VIEW_DIARY, CHANGE_DIARY, MANAGE_STAFF_AVAILABILITY)),
                Arguments.of(
                        Role.SERVICE_MANAGER,
                        EnumSet.of(
                                VIEW_WORKLIST,
                                VIEW_DIARY,
                                CHANGE_DIARY,
                                EDIT_RULES,
                                RETRY_RIS_WRITES,
                                RUN_OPTIMISATION,
                                PUBLISH_OPTIMISATION,
                                VIEW_FIGURES)),
                Arguments.of(
                        Role.NETWORK_ADMINISTRATOR,
                        EnumSet.of(VIEW_WORKLIST, EDIT_RULES, RETRY_RIS_WRITES, VIEW_AUDIT)));
    }

    @ParameterizedTest
    @MethodSource("table")
    void eachRoleMayDoExactlyWhatTheTableSays(Role role, Set<Permission> allowed) {
        assertThat(role.permissions()).containsExactlyInAnyOrderElementsOf(allowed);
        for (Permission p : Permission.values()) {
            assertThat(role.may(p)).as("%s may %s", role, p).isEqualTo(allowed.contains(p));
        }
    }

    @ParameterizedTest
    @MethodSource("table")
    void eachRoleIsKnownByItsCis2RoleCode(Role role, Set<Permission> allowed) {
        assertThat(Role.ofRoleCode("S8000:G8000:" + role.rbacCode())).hasValue(role);
        assertThat(Role.ofRoleCode(role.rbacCode())).hasValue(role);
    }

    @org.junit.jupiter.api.Test
    void aRoleCodeTheConsoleDoesNotUseIsNoRole() {
        assertThat(Role.ofRoleCode("S8000:G8000:R9999")).isEmpty();
    }
}
