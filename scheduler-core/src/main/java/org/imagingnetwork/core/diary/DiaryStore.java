package org.imagingnetwork.core.diary;

import java.util.List;
import java.util.function.Function;

/** Where the diary is kept: PostgreSQL in the product. */
public interface DiaryStore {

    /** Runs one diary change in one database transaction: all of it commits, or none of it does. */
    <T> T inTransaction(Function<DiaryUnit, T> work);

    /** Live appointments in blocked slots within the scope, earliest first. */
    List<NeedsRebooking> needingRebooking(DiaryScope scope);
}
