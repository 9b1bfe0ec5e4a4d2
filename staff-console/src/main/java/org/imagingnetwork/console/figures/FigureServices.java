package org.imagingnetwork.console.figures;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.imagingnetwork.core.bi.DiaryFigures;
import org.imagingnetwork.core.bi.FigureRefresh;
import org.imagingnetwork.core.bi.RequestFigures;
import org.imagingnetwork.core.jdbc.JdbiDiaryFigures;
import org.imagingnetwork.core.jdbc.JdbiFigureRefresh;
import org.imagingnetwork.core.jdbc.JdbiRequestFigures;
import org.jdbi.v3.core.Jdbi;

/** The core's BI figures and their refresh, over the console's database. */
@Factory
class FigureServices {

    @Singleton
    RequestFigures requestFigures(Jdbi jdbi) {
        return new JdbiRequestFigures(jdbi);
    }

    @Singleton
    DiaryFigures diaryFigures(Jdbi jdbi) {
        return new JdbiDiaryFigures(jdbi);
    }

    @Singleton
    FigureRefresh figureRefresh(Jdbi jdbi, Clock clock) {
        return new JdbiFigureRefresh(jdbi, clock);
    }
}
