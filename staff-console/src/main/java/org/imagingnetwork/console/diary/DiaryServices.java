package org.imagingnetwork.console.diary;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.availability.StaffingCheck;
import org.imagingnetwork.core.booking.SlotChangeNotifier;
import org.imagingnetwork.core.diary.DiaryChanges;
import org.imagingnetwork.core.jdbc.JdbiDiaryStore;
import org.imagingnetwork.core.jdbc.JdbiStaffAbsences;
import org.jdbi.v3.core.Jdbi;

/** The core services the network diary pages use. */
@Factory
class DiaryServices {

    @Singleton
    StaffingCheck staffingCheck(Jdbi jdbi, Clock clock) {
        return new StaffingCheck(new JdbiStaffAbsences(jdbi, clock));
    }

    /** Blocks, releases and ad-hoc sessions: each in one transaction with its RIS outbox and audit rows, then announced on Redis. */
    @Singleton
    DiaryChanges diaryChanges(Jdbi jdbi, SlotChangeNotifier slotChanges, Clock clock) {
        return new DiaryChanges(new JdbiDiaryStore(jdbi, clock), slotChanges, clock);
    }
}
