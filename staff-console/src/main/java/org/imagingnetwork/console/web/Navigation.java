package org.imagingnetwork.console.web;

import java.util.List;
import org.imagingnetwork.console.access.Permission;
import org.imagingnetwork.console.access.StaffUser;

/** The console's sections a member of staff may open, in the header's order, marking the current one. */
public record Navigation(List<Item> items) {

    public record Item(String label, String path, boolean current) {

        /** The item's classes; here, not in the template, as Thymeleaf reads "__" in an expression as its own syntax. */
        public String classes() {
            return current
                    ? "nhsuk-header__navigation-item nhsuk-header__navigation-item--current"
                    : "nhsuk-header__navigation-item";
        }
    }

    private record Section(String label, String path, Permission needs) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("Waiting list", "/worklist", Permission.VIEW_WORKLIST),
            new Section("Vetting", "/vetting", Permission.VET),
            new Section("Diary", "/diary", Permission.VIEW_DIARY),
            new Section("Staff", "/staff", Permission.MANAGE_STAFF_AVAILABILITY),
            new Section("Rules", "/rules", Permission.EDIT_RULES),
            new Section("RIS writes", "/ris-writes", Permission.RETRY_RIS_WRITES),
            new Section("Optimisation", "/optimisation", Permission.RUN_OPTIMISATION),
            new Section("Figures", "/figures", Permission.VIEW_FIGURES),
            new Section("Audit", "/audit", Permission.VIEW_AUDIT));

    static Navigation of(StaffUser user, String path) {
        return new Navigation(SECTIONS.stream()
                .filter(s -> user.may(s.needs()))
                .map(s -> new Item(s.label(), s.path(), path.equals(s.path()) || path.startsWith(s.path() + "/")))
                .toList());
    }
}
