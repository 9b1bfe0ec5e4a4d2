package org.imagingnetwork.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.imagingnetwork.core.diary.StaffNeed;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.junit.jupiter.api.Test;

class TeamCoverTest {
    private static final StaffNeed LEAD =
            new StaffNeed(StaffRole.RADIOGRAPHER, Set.of(Skill.CT, Skill.CONTRAST_CANNULATION));
    private static final StaffNeed SECOND = new StaffNeed(StaffRole.RADIOGRAPHER, Set.of(Skill.CT));
    private static final List<StaffNeed> CT_TEAM = List.of(LEAD, SECOND);

    @Test
    void coversEveryPlaceWhenEachPersonCanTakeOne() {
        assertThat(TeamCover.unmet(CT_TEAM, List.of(radiographer("a", Skill.CT), cannulator("b"))))
                .isEmpty();
    }

    @Test
    void movesTheOnlyLeadIntoTheLeadsPlaceWhoeverIsSeenFirst() {
        // The cannulator is tried for the lead's place only after the plain radiographer took the
        // second, so a greedy fill would leave the lead's place empty.
        assertThat(TeamCover.unmet(List.of(SECOND, LEAD), List.of(cannulator("b"), radiographer("a", Skill.CT))))
                .isEmpty();
    }

    @Test
    void onePersonFillsOnePlaceHoweverManyTheyCould() {
        assertThat(TeamCover.unmet(CT_TEAM, List.of(cannulator("b")))).containsExactly(SECOND);
    }

    @Test
    void namesEveryPlaceWhenNobodyFits() {
        assertThat(TeamCover.unmet(CT_TEAM, List.of(radiographer("x", Skill.XR))))
                .containsExactly(LEAD, SECOND);
        assertThat(TeamCover.unmet(CT_TEAM, List.of())).containsExactly(LEAD, SECOND);
    }

    private static Staff cannulator(String id) {
        return radiographer(id, Skill.CT, Skill.CONTRAST_CANNULATION);
    }

    private static Staff radiographer(String id, Skill... skills) {
        return new Staff(id, id, StaffRole.RADIOGRAPHER, Set.of(skills), new OdsCode("ZT1"), Set.of(), 37);
    }
}
