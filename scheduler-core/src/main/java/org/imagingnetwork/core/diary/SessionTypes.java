package org.imagingnetwork.core.diary;

import static org.imagingnetwork.core.network.StaffRole.ASSISTANT_PRACTITIONER;
import static org.imagingnetwork.core.network.StaffRole.RADIOGRAPHER;
import static org.imagingnetwork.core.network.StaffRole.RADIOLOGIST;
import static org.imagingnetwork.core.network.StaffRole.SONOGRAPHER;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.StaffRole;

/**
 * The network's catalogue of session types: the one list of codes that the diary (and so the demo
 * generator, the booking service and the RIS) and the optimiser share, so a session published by one
 * is recognised by the other. The optimiser adds lists of its own on top (sedation and
 * general-anaesthetic lists, lists for exams no type here runs) under codes that cannot clash.
 */
public final class SessionTypes {

    private static final List<StaffNeed> NOBODY_ELSE = List.of();

    public static final SessionType XR_GENERAL = type(
            "XR_GENERAL",
            "X-ray general",
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
    public static final SessionType XR_PAEDIATRIC = type(
            "XR_PAEDIATRIC",
            "Paediatric X-ray",
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
    public static final SessionType US_GENERAL = type(
            "US_GENERAL",
            "Ultrasound general",
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
    public static final SessionType US_VASCULAR = type(
            "US_VASCULAR",
            "Ultrasound vascular",
            Modality.US,
            30,
            false,
            Set.of(),
            SONOGRAPHER,
            NOBODY_ELSE,
            "UDVTL",
            "UABDO",
            "URENA");
    public static final SessionType US_PAEDIATRIC = type(
            "US_PAEDIATRIC",
            "Paediatric ultrasound",
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
    public static final SessionType CT_GENERAL = type(
            "CT_GENERAL",
            "CT general",
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
    public static final SessionType CT_CARDIAC_COLON = type(
            "CT_CARDIAC_COLON",
            "CT cardiac and colon",
            Modality.CT,
            30,
            false,
            Set.of(Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.CT)),
            "CCORA",
            "CCOLO",
            "CCHAPC");
    public static final SessionType CT_PAEDIATRIC = type(
            "CT_PAEDIATRIC",
            "Paediatric CT",
            Modality.CT,
            20,
            true,
            Set.of(Capability.PAEDIATRIC_KIT),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.CT)),
            "CHEAD",
            "CSINU",
            "CCHEC");
    public static final SessionType MR_GENERAL = type(
            "MR_GENERAL",
            "MRI general",
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
    public static final SessionType MR_CONTRAST = type(
            "MR_CONTRAST",
            "MRI with contrast",
            Modality.MR,
            45,
            false,
            Set.of(Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MBRAC",
            "MPROS",
            "MLIVE");
    public static final SessionType MR_CARDIAC = type(
            "MR_CARDIAC",
            "MRI cardiac",
            Modality.MR,
            60,
            false,
            Set.of(Capability.CARDIAC, Capability.CONTRAST_INJECTOR),
            RADIOGRAPHER,
            List.of(need(RADIOGRAPHER, Skill.MR)),
            "MHEAR");
    public static final SessionType MR_PAEDIATRIC = type(
            "MR_PAEDIATRIC",
            "Paediatric MRI",
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
    public static final SessionType DEXA = type(
            "DEXA",
            "DEXA bone density",
            Modality.DEXA,
            20,
            false,
            Set.of(),
            ASSISTANT_PRACTITIONER,
            NOBODY_ELSE,
            "DXBMD");
    public static final SessionType MAMMOGRAPHY = type(
            "MAMMOGRAPHY",
            "Mammography",
            Modality.MAMMOGRAPHY,
            20,
            false,
            Set.of(),
            RADIOGRAPHER,
            NOBODY_ELSE,
            "XMAMB");
    public static final SessionType FLUOROSCOPY = type(
            "FLUOROSCOPY",
            "Fluoroscopy",
            Modality.FLUOROSCOPY,
            30,
            false,
            Set.of(),
            RADIOGRAPHER,
            List.of(need(RADIOLOGIST, Skill.FLUOROSCOPY)),
            "FBASW",
            "FVIDS",
            "FHSGR");

    private static final List<SessionType> ALL = List.of(
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
            FLUOROSCOPY);
    private static final Map<String, SessionType> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(SessionType::code, t -> t));

    private SessionTypes() {}

    /** The type of this code; empty for a code the catalogue does not know (a list made elsewhere). */
    public static Optional<SessionType> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** Every type, in the catalogue's order. */
    public static List<SessionType> all() {
        return ALL;
    }

    /** The general list of a modality: what a room runs when it has no specialist list that cell. */
    public static SessionType general(Modality modality) {
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

    private static SessionType type(
            String code,
            String name,
            Modality modality,
            int slotMinutes,
            boolean paediatric,
            Set<Capability> roomNeeds,
            StaffRole lead,
            List<StaffNeed> others,
            String... exams) {
        return new SessionType(
                code,
                name,
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
