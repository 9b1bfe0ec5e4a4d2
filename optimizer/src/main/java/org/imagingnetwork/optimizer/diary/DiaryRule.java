package org.imagingnetwork.optimizer.diary;

import org.imagingnetwork.optimizer.explain.Rule;
import org.imagingnetwork.optimizer.explain.RuleKind;

/** The rules of diary building, as constraint names and in a manager's words. */
public enum DiaryRule implements Rule {
    ROOM_EQUIPMENT(
            "Room has the equipment for the session type",
            RuleKind.MUST,
            "The room is of the session type's modality and has all the equipment it needs."),
    PAEDIATRIC_SITE(
            "Paediatric sessions at sites that see children",
            RuleKind.MUST,
            "A paediatric list runs only at a site that sees children."),
    STAFF_SKILLS(
            "Staff have the skills",
            RuleKind.MUST,
            "Everyone rostered on a session can run its modality or brings cover the session needs."),
    STAFF_HOME_SITE("Staff at their home sites", RuleKind.MUST, "Staff are rostered only at the sites they work at."),
    STAFF_ON_LEAVE("Staff not on leave", RuleKind.MUST, "Nobody is rostered on a day of leave."),
    STAFF_DOUBLE_BOOKED(
            "Staff in one place at a time", RuleKind.MUST, "Nobody is rostered on two sessions at the same time."),
    STAFF_MAX_HOURS(
            "Staff within contracted hours",
            RuleKind.MUST,
            "Nobody is rostered for more minutes in a week than their contract."),
    STAFF_TRAVEL(
            "Time to travel between sites",
            RuleKind.MUST,
            "Someone on sessions at two sites in a day has time to get from one to the other."),
    STAFF_ON_UNRUN_SESSION(
            "Staff only on sessions that run", RuleKind.MUST, "Nobody is rostered on a room block that does not run."),
    MINIMUM_STAFFING(
            "Minimum staffing",
            RuleKind.MUST,
            "Each session has at least the number of staff competent in its modality that the modality needs."),
    PAEDIATRIC_COVER(
            "Paediatric-trained radiographer",
            RuleKind.MUST,
            "A paediatric list has a radiographer or sonographer trained for children."),
    CONTRAST_COVER(
            "Contrast-competent clinician",
            RuleKind.MUST,
            "A contrast list has someone competent to cannulate and give contrast."),
    SEDATION_COVER(
            "Sedation and anaesthetic cover",
            RuleKind.MUST,
            "A sedation list has someone who can sedate; a general-anaesthetic list has an anaesthetist."),
    DEMAND_MET(
            "Capacity meets the demand due",
            RuleKind.SHOULD,
            "Each locality has the capacity each exam family needs for its forecast referrals and the waiting patients due in"
                    + " the horizon; each minute short counts once more than a minute of the list's other backlog."),
    FURTHEST_BEHIND_FIRST(
            "Lists furthest behind first",
            RuleKind.SHOULD,
            "Capacity beyond the demand due goes to the waiting lists furthest behind; each minute of backlog left counts once"
                    + " per week behind."),
    WORKLOAD_BALANCE("Balanced workload", RuleKind.SHOULD, "Staff carry similar shares of their contracted hours."),
    SESSION_TYPE_CHANGED(
            "Session changed from the published diary",
            RuleKind.SHOULD,
            "A session runs something other than the published diary says."),
    STAFF_CHANGED(
            "Staff changed from the published diary",
            RuleKind.SHOULD,
            "A post on a session has someone other than the published diary says.");

    private final String constraintName;
    private final RuleKind kind;
    private final String meaning;

    DiaryRule(String constraintName, RuleKind kind, String meaning) {
        this.constraintName = constraintName;
        this.kind = kind;
        this.meaning = meaning;
    }

    @Override
    public String constraintName() {
        return constraintName;
    }

    @Override
    public RuleKind kind() {
        return kind;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
