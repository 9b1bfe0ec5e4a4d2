package org.imagingnetwork.core.demo;

import static org.imagingnetwork.core.network.StaffRole.ASSISTANT_PRACTITIONER;
import static org.imagingnetwork.core.network.StaffRole.RADIOGRAPHER;
import static org.imagingnetwork.core.network.StaffRole.RADIOLOGIST;
import static org.imagingnetwork.core.network.StaffRole.SONOGRAPHER;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;

/**
 * The lists the demo's rooms run, and which list a room runs in each of its weekly diary cells: a
 * room with the kit for a specialist list runs it some of the week and general lists the rest, as
 * departments share scarce scanners between services.
 */
final class SessionTypes {

    private static final List<StaffNeed> NOBODY_ELSE = List.of();

    static final SessionType XR_GENERAL = type(
            "XR_GENERAL",
            Modality.XR,
            15,
            false,
            Set.of(),
            RADIOGRAPHER,
            List.of(need(ASSISTANT_PRACTITIONER, Skill.XR)),
            "XCHES",
            "XHAND",
            "XKNEE",
            "XFOOT",
            "XSHOU",
            "XPELV",
            "XLSPI",
            "XABDO");
    static final SessionType XR_PAEDIATRIC = type(
            "XR_PAEDIATRIC",
            Modality.XR,
            15,
            true,
            Set.of(Capability.PAEDIATRIC_KIT),
            RADIOGRAPHER,
            NOBODY_ELSE,
            "XCHES",
            "XHAND",
            "XKNEE",
            "XFOOT",
            "XSHOU",
            "XPELV",
            "XLSPI",
            "XABDO");
    static final SessionType US_GENERAL = type(
            "US_GENERAL",
            Modality.US,
            20,
            false,
            Set.of(),
            SONOGRAPHER,
            NOBODY_ELSE,
            "UABDO",
            "UPELV",
            "URENA",
            "UTHYR",
            "UTEST",
            "UMSKS");
    static final SessionType US_VASCULAR =
            type("US_VASCULAR", Modality.US, 30, false, Set.of(), SONOGRAPHER, NOBODY_ELSE, "UDVTL", "UABDO", "URENA");
    static final SessionType US_PAEDIATRIC = type(
            "US_PAEDIATRIC",
            Modality.US,
            20,
            true,
            Set.of(Capability.PAEDIATRIC_KIT),
            SONOGRAPHER,
            NOBODY_ELSE,
            "UHIPB",
            "UABDO",
            "URENA",
            "UTEST");
    static final SessionType CT_GENERAL = type(
            "CT_GENERAL",
            Modality.CT,
            20,
            false,
            Set.of(),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.CT)),
            "CHEAD",
            "CSINU",
            "CKUB",
            "CCHEC",
            "CCHAPC");
    static final SessionType CT_CARDIAC_COLON = type(
            "CT_CARDIAC_COLON",
            Modality.CT,
            30,
            false,
            Set.of(Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.CT)),
            "CCORA",
            "CCOLO",
            "CCHAPC");
    static final SessionType CT_PAEDIATRIC = type(
            "CT_PAEDIATRIC",
            Modality.CT,
            20,
            true,
            Set.of(Capability.PAEDIATRIC_KIT),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.CT)),
            "CHEAD",
            "CSINU",
            "CCHEC");
    static final SessionType MR_GENERAL = type(
            "MR_GENERAL",
            Modality.MR,
            30,
            false,
            Set.of(),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MBRAI",
            "MIAMS",
            "MCSPI",
            "MLSPI",
            "MKNEE",
            "MSHOU");
    static final SessionType MR_CONTRAST = type(
            "MR_CONTRAST",
            Modality.MR,
            45,
            false,
            Set.of(Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MBRAC",
            "MPROS",
            "MLIVE");
    static final SessionType MR_CARDIAC = type(
            "MR_CARDIAC",
            Modality.MR,
            60,
            false,
            Set.of(Capability.CARDIAC, Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MHEAR");
    static final SessionType MR_PAEDIATRIC = type(
            "MR_PAEDIATRIC",
            Modality.MR,
            60,
            true,
            Set.of(Capability.PAEDIATRIC_KIT),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MBRAI",
            "MIAMS",
            "MCSPI",
            "MLSPI",
            "MKNEE",
            "MSHOU");
    static final SessionType DEXA =
            type("DEXA", Modality.DEXA, 20, false, Set.of(), ASSISTANT_PRACTITIONER, NOBODY_ELSE, "DXBMD");
    static final SessionType MAMMOGRAPHY =
            type("MAMMOGRAPHY", Modality.MAMMOGRAPHY, 20, false, Set.of(), RADIOGRAPHER, NOBODY_ELSE, "XMAMB");
    static final SessionType FLUOROSCOPY = type(
            "FLUOROSCOPY",
            Modality.FLUOROSCOPY,
            30,
            false,
            Set.of(),
            RADIOGRAPHER,
            List.of(need(RADIOLOGIST, Skill.FLUOROSCOPY)),
            "FBASW",
            "FVIDS",
            "FHSGR");

    private static final Map<String, SessionType> BY_CODE = Stream.of(
                    XR_GENERAL,
                    XR_PAEDIATRIC,
                    US_GENERAL,
                    US_VASCULAR,
                    US_PAEDIATRIC,
                    CT_GENERAL,
                    CT_CARDIAC_COLON,
                    CT_PAEDIATRIC,
                    MR_GENERAL,
                    MR_CONTRAST,
                    MR_CARDIAC,
                    MR_PAEDIATRIC,
                    DEXA,
                    MAMMOGRAPHY,
                    FLUOROSCOPY)
            .collect(Collectors.toUnmodifiableMap(SessionType::code, t -> t));

    private SessionTypes() {}

    static SessionType byCode(String code) {
        return BY_CODE.get(code);
    }

    /** The general list of a modality: what a room runs when it has no specialist list that cell. */
    static SessionType general(Modality modality) {
        return switch (modality) {
            case XR -> XR_GENERAL;
            case US -> US_GENERAL;
            case CT -> CT_GENERAL;
            case MR -> MR_GENERAL;
            case DEXA -> DEXA;
            case MAMMOGRAPHY -> MAMMOGRAPHY;
            case FLUOROSCOPY -> FLUOROSCOPY;
        };
    }

    /** The list a room runs in the {@code cell}-th of its weekly diary cells. */
    static SessionType forCell(Room room, int cell) {
        SessionType chosen = switch (room.modality()) {
            case XR -> cell % 4 == 0 ? XR_PAEDIATRIC : XR_GENERAL;
            case US -> cell % 5 == 0 ? US_PAEDIATRIC : cell % 6 == 3 ? US_VASCULAR : US_GENERAL;
            case CT -> cell % 4 == 1 ? CT_CARDIAC_COLON : cell % 6 == 2 ? CT_PAEDIATRIC : CT_GENERAL;
            case MR ->
                cell % 4 == 1 ? MR_CARDIAC : cell % 5 == 2 ? MR_PAEDIATRIC : cell % 3 == 0 ? MR_CONTRAST : MR_GENERAL;
            default -> general(room.modality());
        };
        return room.has(chosen.roomNeeds()) ? chosen : general(room.modality());
    }

    private static SessionType type(
            String code,
            Modality modality,
            int slotMinutes,
            boolean paediatric,
            Set<Capability> roomNeeds,
            StaffRole lead,
            List<StaffNeed> others,
            String... exams) {
        return new SessionType(
                code,
                modality,
                Duration.ofMinutes(slotMinutes),
                Arrays.stream(exams).map(ExamCode::new).toList(),
                paediatric,
                roomNeeds,
                lead,
                others);
    }

    private static StaffNeed need(StaffRole role, Skill skill) {
        return new StaffNeed(role, Set.of(skill));
    }
}
