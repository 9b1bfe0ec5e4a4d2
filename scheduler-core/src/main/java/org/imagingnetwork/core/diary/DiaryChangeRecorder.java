package org.imagingnetwork.core.diary;

/**
 * What the caller records about a diary change, called inside the change's own transaction after
 * everything else is written: its audit row, so the change and its record commit together or not at
 * all. If it throws, the change is rolled back.
 *
 * <p>On PostgreSQL the transaction belongs to the calling thread: anything the recorder writes through
 * the same Jdbi on that thread — {@code AuditLog.record} included — joins it (Jdbi hands nested calls
 * on one thread the handle already open).
 */
@FunctionalInterface
public interface DiaryChangeRecorder {

    void record(DiaryChange change);
}
