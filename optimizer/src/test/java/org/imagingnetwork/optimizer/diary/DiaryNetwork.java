package org.imagingnetwork.optimizer.diary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.imagingnetwork.core.exam.ExamCode;
import org.imagingnetwork.core.network.Capability;
import org.imagingnetwork.core.network.GeoPoint;
import org.imagingnetwork.core.network.Modality;
import org.imagingnetwork.core.network.OdsCode;
import org.imagingnetwork.core.network.Room;
import org.imagingnetwork.core.network.Site;
import org.imagingnetwork.core.network.SiteKind;
import org.imagingnetwork.core.network.Skill;
import org.imagingnetwork.core.network.Staff;
import org.imagingnetwork.core.network.StaffRole;
import org.imagingnetwork.core.network.Trust;
import org.imagingnetwork.core.time.London;
import org.imagingnetwork.optimizer.sessiontype.SessionType;

/**
 * A small network for diary tests: an acute hospital in Birmingham that sees children and a CDC in
 * Sutton Coldfield for adults, 9 km apart, with MRI and CT rooms, their session types and staff.
 */
final class DiaryNetwork {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Trust TRUST = new Trust(
            new OdsCode("RRK"), "University Hospitals Birmingham", "QHL", URI.create("https://ris.example/fhir"));

    static final Site CITY =
            site("RRK01", "Birmingham City Hospital", SiteKind.ACUTE, 52.4862, -1.8904, OptionalInt.of(0));
    static final Site CDC = site("RRK02", "Sutton Coldfield CDC", SiteKind.CDC, 52.5631, -1.8246, OptionalInt.empty());

    static final Room CITY_MR = new Room(
            "CITY-MR1",
            CITY.odsCode(),
            "MRI 1",
            Modality.MR,
            Set.of(Capability.TESLA_3, Capability.CONTRAST_INJECTOR, Capability.GENERAL_ANAESTHETIC_SUPPORT),
            OptionalInt.empty());
    static final Room CDC_MR = new Room("CDC-MR1", CDC.odsCode(), "MRI 1", Modality.MR, Set.of(), OptionalInt.empty());
    static final Room CITY_CT = new Room(
            "CITY-CT1", CITY.odsCode(), "CT 1", Modality.CT, Set.of(Capability.CONTRAST_INJECTOR), OptionalInt.empty());

    static final SessionType MR_GENERAL = type("MR-GEN", "MRI general", Modality.MR, Set.of(), Set.of(), false);
    static final SessionType MR_CONTRAST = type(
            "MR-CON",
            "MRI with contrast",
            Modality.MR,
            Set.of(Capability.CONTRAST_INJECTOR),
            Set.of(Skill.CONTRAST_CANNULATION),
            false);
    static final SessionType MR_CARDIAC = type(
            "MR-CARD",
            "MRI specialist (3T, cardiac)",
            Modality.MR,
            Set.of(Capability.TESLA_3, Capability.CARDIAC),
            Set.of(),
            false);
    static final SessionType MR_PAEDIATRIC =
            type("MR-PAED", "Paediatric MRI", Modality.MR, Set.of(), Set.of(Skill.PAEDIATRIC), true);
    static final SessionType MR_SEDATION =
            type("MR-SED", "MRI under sedation", Modality.MR, Set.of(), Set.of(Skill.SEDATION), false);
    static final SessionType MR_ANAESTHETIC = type(
            "MR-GA",
            "MRI under general anaesthetic",
            Modality.MR,
            Set.of(Capability.GENERAL_ANAESTHETIC_SUPPORT),
            Set.of(Skill.GENERAL_ANAESTHESIA),
            false);
    static final SessionType CT_GENERAL = type("CT-GEN", "CT general", Modality.CT, Set.of(), Set.of(), false);
    static final List<SessionType> TYPES =
            List.of(MR_GENERAL, MR_CONTRAST, MR_CARDIAC, MR_PAEDIATRIC, MR_SEDATION, MR_ANAESTHETIC, CT_GENERAL);

    static final StaffMember ANNA = member(
            "S1",
            "Anna Radiographer",
            StaffRole.RADIOGRAPHER,
            37,
            Set.of(CITY, CDC),
            Skill.MR,
            Skill.CT,
            Skill.CONTRAST_CANNULATION);
    static final StaffMember BEN =
            member("S2", "Ben Radiographer", StaffRole.RADIOGRAPHER, 37, Set.of(CITY, CDC), Skill.MR, Skill.PAEDIATRIC);
    static final StaffMember CARA =
            member("S3", "Cara Radiographer", StaffRole.RADIOGRAPHER, 20, Set.of(CITY), Skill.MR, Skill.CT);
    static final StaffMember DEV = member("S4", "Dev Sonographer", StaffRole.SONOGRAPHER, 37, Set.of(CITY), Skill.US);
    static final StaffMember ELLA = member("S5", "Ella Nurse", StaffRole.NURSE, 30, Set.of(CITY), Skill.SEDATION);
    static final StaffMember FAYE = member(
            "S6",
            "Faye Anaesthetist",
            StaffRole.ANAESTHETIST,
            30,
            Set.of(CITY),
            Skill.GENERAL_ANAESTHESIA,
            Skill.SEDATION);

    private DiaryNetwork() {}

    static Site site(String code, String name, SiteKind kind, double lat, double lon, OptionalInt minChildAge) {
        return new Site(
                new OdsCode(code),
                TRUST.odsCode(),
                name,
                kind,
                "B15 2TH",
                new GeoPoint(lat, lon),
                true,
                "Bus",
                "Car park",
                minChildAge,
                List.of());
    }

    static SessionType type(
            String code,
            String name,
            Modality modality,
            Set<Capability> equipment,
            Set<Skill> cover,
            boolean paediatric) {
        return new SessionType(
                code, name, modality, Set.of(new ExamCode(code.replace("-", ""))), equipment, cover, paediatric);
    }

    static StaffMember member(String id, String name, StaffRole role, int hours, Set<Site> sites, Skill... skills) {
        Set<OdsCode> home = sites.stream().map(Site::odsCode).collect(java.util.stream.Collectors.toSet());
        return new StaffMember(
                new Staff(id, name, role, EnumSet.of(skills[0], skills), TRUST.odsCode(), home, hours), Set.of());
    }

    static StaffMember onLeave(StaffMember member, LocalDate... days) {
        Staff staff = new Staff(
                member.id(),
                member.name(),
                member.role(),
                member.skills(),
                TRUST.odsCode(),
                member.homeSites(),
                member.contractedMinutesPerWeek() / 60);
        return new StaffMember(staff, Set.of(days));
    }

    static Instant at(LocalDate day, int hour) {
        return London.moment(day, LocalTime.of(hour, 0));
    }

    /** A session of the room on a day from one hour to another, running the given type (or nothing). */
    static RoomSession session(long id, Room room, LocalDate day, int from, int to, SessionType type) {
        Site site = room.site().equals(CITY.odsCode()) ? CITY : CDC;
        RoomSession session = new RoomSession(id, room, site, "QHL", at(day, from), at(day, to), null, false);
        session.setType(type);
        return session;
    }

    static RoomSession published(long id, Room room, LocalDate day, int from, int to, SessionType type) {
        Site site = room.site().equals(CITY.odsCode()) ? CITY : CDC;
        return new RoomSession(id, room, site, "QHL", at(day, from), at(day, to), type, false);
    }

    static StaffPost post(long id, RoomSession session, StaffMember staff) {
        StaffPost post = new StaffPost(id, session, (int) (id % 10), null);
        post.setStaff(staff);
        return post;
    }
}
