package org.imagingnetwork.optimizer.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ANNA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.BEN;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CARA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CDC_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_CT;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.CITY_MR;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.DEV;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.ELLA;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.FAYE;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MONDAY;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_ANAESTHETIC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_CONTRAST;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_GENERAL;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.MR_PAEDIATRIC;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.TYPES;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.post;
import static org.imagingnetwork.optimizer.diary.DiaryNetwork.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrewsTest {

    private static final Crews.Choice FIRST = (candidates, session) -> candidates.get(0);

    @Test
    void aContrastListGetsSomeoneWhoCanGiveContrastAndTheMinimumCompetentInTheModality() {
        RoomSession mri = session(1, CITY_MR, MONDAY, 8, 12, null);
        Rota rota = Rota.of(plan(List.of(mri), List.of(), ANNA, BEN, CARA, DEV, ELLA));

        List<StaffMember> crew =
                Crews.crew(mri, MR_CONTRAST, empty(3), rota, FIRST).orElseThrow();

        assertThat(crew).contains(ANNA);
        assertThat(crew.stream().filter(m -> m != null && m.competentFor(CITY_MR.modality())))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anAnaestheticListGetsTheAnaesthetistAndAPaediatricListSomeoneTrainedForChildren() {
        RoomSession mri = session(1, CITY_MR, MONDAY, 8, 12, null);
        Rota rota = Rota.of(plan(List.of(mri), List.of(), ANNA, BEN, CARA, FAYE));

        assertThat(Crews.crew(mri, MR_ANAESTHETIC, empty(3), rota, FIRST).orElseThrow())
                .contains(FAYE);
        assertThat(Crews.crew(mri, MR_PAEDIATRIC, empty(3), rota, FIRST).orElseThrow())
                .contains(BEN);
    }

    @Test
    void keepsWhoeverCanStayInTheirPostAndReplacesOnlyWhoCannot() {
        StaffMember annaAway = DiaryNetwork.onLeave(ANNA, MONDAY);
        RoomSession mri = session(1, CITY_MR, MONDAY, 8, 12, MR_GENERAL);
        Rota rota =
                Rota.of(plan(List.of(mri), List.of(post(11, mri, BEN), post(12, mri, annaAway)), annaAway, BEN, CARA));

        List<StaffMember> crew = Crews.crew(mri, MR_GENERAL, Arrays.asList(BEN, annaAway, null), rota, FIRST)
                .orElseThrow();

        assertThat(crew).containsExactly(BEN, CARA, null);
    }

    @Test
    void noCrewWhenTheSiteHasTooFewPeopleFree() {
        RoomSession ct = session(1, CITY_CT, MONDAY, 8, 12, DiaryNetwork.CT_GENERAL);
        RoomSession cdc = session(2, CDC_MR, MONDAY, 9, 13, MR_GENERAL);
        Rota rota = Rota.of(plan(List.of(ct, cdc), List.of(post(21, cdc, ANNA)), ANNA, BEN, CARA));

        assertThat(Crews.crew(ct, DiaryNetwork.CT_GENERAL, empty(3), rota, FIRST))
                .as("Anna is at the CDC at the time and Ben does not do CT: only Cara is free")
                .isEmpty();
    }

    static List<StaffMember> empty(int posts) {
        return new ArrayList<>(java.util.Collections.nCopies(posts, null));
    }

    static DiaryPlan plan(List<RoomSession> sessions, List<StaffPost> posts, StaffMember... staff) {
        return new DiaryPlan(TYPES, List.of(staff), List.of(), sessions, posts, DiaryWeights.standard());
    }
}
