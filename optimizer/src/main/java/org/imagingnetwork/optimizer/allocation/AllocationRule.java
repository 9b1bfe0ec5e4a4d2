package org.imagingnetwork.optimizer.allocation;

import org.imagingnetwork.optimizer.explain.Rule;
import org.imagingnetwork.optimizer.explain.RuleKind;

/** The rules of the waiting-list allocation, as constraint names and in a manager's words. */
public enum AllocationRule implements Rule {
    ROOM_EQUIPMENT(
            "Room has the equipment the exam needs",
            RuleKind.MUST,
            "The room is of the exam's modality and has every piece of equipment the exam and the patient need."),
    SESSION_RUNS_EXAM(
            "Session runs the exam", RuleKind.MUST, "The session the slot belongs to is set up for this exam."),
    SLOT_LONG_ENOUGH(
            "Slot long enough for the exam",
            RuleKind.MUST,
            "The slot is at least as long as the exam takes for a patient of this age."),
    CHILD_OR_ADULT(
            "Children and adults in the right place",
            RuleKind.MUST,
            "Children only at sites that see children of their age; adults never on a paediatric list."),
    SEDATION_COVER(
            "Sedation or anaesthetic cover",
            RuleKind.MUST,
            "A patient who needs sedation or a general anaesthetic is on a list staffed for it."),
    TABLE_WEIGHT(
            "Table takes the patient's weight", RuleKind.MUST, "The scanner table is rated for the patient's weight."),
    ONE_REQUEST_PER_SLOT("One patient per slot", RuleKind.MUST, "No two patients are offered the same slot."),
    PATIENT_AVAILABLE(
            "Patient available",
            RuleKind.MUST,
            "The slot is no sooner than the notice the patient needs, and no earlier than a planned exam is due."),
    ACCEPTABLE_SITE("Site acceptable to the patient", RuleKind.MUST, "The patient said they would go to this site."),
    MAX_TRAVEL(
            "Within the patient's travel limit",
            RuleKind.MUST,
            "The site is no further from the patient's home than they said they would travel."),
    DISPLACED_REBOOKED(
            "Displaced patients rebooked",
            RuleKind.SHOULD,
            "Patients whose booked slot was closed are given another slot before anyone else."),
    URGENT_TARGET(
            "Urgent and two-week-wait targets",
            RuleKind.SHOULD,
            "Urgent and suspected-cancer patients are seen by their target day; each patient seen later counts."),
    SIX_WEEK_BREACH(
            "Six-week breaches",
            RuleKind.SHOULD,
            "Patients are seen within six weeks of referral; each patient seen later is a breach."),
    WEIGHTED_WAIT(
            "Weighted wait",
            RuleKind.SHOULD,
            "Waits are as short as possible, the longest waiters and the most urgent first."),
    EVEN_WAITS_ACROSS_SITES(
            "Even waits across sites",
            RuleKind.SHOULD,
            "The mean wait of patients seen at each site is as even as possible across the network."),
    PATIENT_TRAVEL("Patient travel", RuleKind.SHOULD, "Patients travel as little as possible.");

    private final String constraintName;
    private final RuleKind kind;
    private final String meaning;

    AllocationRule(String constraintName, RuleKind kind, String meaning) {
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
