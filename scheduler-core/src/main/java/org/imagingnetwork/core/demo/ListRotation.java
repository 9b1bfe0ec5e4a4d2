package org.imagingnetwork.core.demo;

import static org.imagingnetwork.core.diary.SessionTypes.CT_CARDIAC_COLON;
import static org.imagingnetwork.core.diary.SessionTypes.CT_GENERAL;
import static org.imagingnetwork.core.diary.SessionTypes.CT_PAEDIATRIC;
import static org.imagingnetwork.core.diary.SessionTypes.MR_CARDIAC;
import static org.imagingnetwork.core.diary.SessionTypes.MR_CONTRAST;
import static org.imagingnetwork.core.diary.SessionTypes.MR_GENERAL;
import static org.imagingnetwork.core.diary.SessionTypes.MR_PAEDIATRIC;
import static org.imagingnetwork.core.diary.SessionTypes.US_GENERAL;
import static org.imagingnetwork.core.diary.SessionTypes.US_PAEDIATRIC;
import static org.imagingnetwork.core.diary.SessionTypes.US_VASCULAR;
import static org.imagingnetwork.core.diary.SessionTypes.XR_GENERAL;
import static org.imagingnetwork.core.diary.SessionTypes.XR_PAEDIATRIC;

import org.imagingnetwork.core.diary.SessionType;
import org.imagingnetwork.core.diary.SessionTypes;
import org.imagingnetwork.core.network.Room;

/**
 * Which of the catalogue's lists a demo room runs in each of its weekly diary cells: a room with the
 * kit for a specialist list runs it some of the week and general lists the rest, as departments share
 * scarce scanners between services.
 */
final class ListRotation {

    private ListRotation() {}

    /** The list a room runs in the {@code cell}-th of its weekly diary cells. */
    static SessionType forCell(Room room, int cell) {
        SessionType chosen = switch (room.modality()) {
            case XR -> cell % 4 == 0 ? XR_PAEDIATRIC : XR_GENERAL;
            case US -> cell % 5 == 0 ? US_PAEDIATRIC : cell % 6 == 3 ? US_VASCULAR : US_GENERAL;
            case CT -> cell % 4 == 1 ? CT_CARDIAC_COLON : cell % 6 == 2 ? CT_PAEDIATRIC : CT_GENERAL;
            case MR ->
                cell % 4 == 1 ? MR_CARDIAC : cell % 5 == 2 ? MR_PAEDIATRIC : cell % 3 == 0 ? MR_CONTRAST : MR_GENERAL;
            default -> SessionTypes.general(room.modality());
        };
        return room.has(chosen.roomNeeds()) ? chosen : SessionTypes.general(room.modality());
    }
}
