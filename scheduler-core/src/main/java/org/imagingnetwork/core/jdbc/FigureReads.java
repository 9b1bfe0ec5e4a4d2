package org.imagingnetwork.core.jdbc;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs one figure query in a transaction of its own, with two settings for that transaction only.
 * JIT compilation off: PostgreSQL compiles any plan it costs above 100,000, which these aggregates
 * over estimated view rows often are, and the compiling took 170 ms of a 540 ms DM01 query on the
 * FULL network while saving nothing. More sort memory: the percentiles sort up to ~300,000 doubles,
 * which at the default 4 MB spill to disk.
 */
final class FigureReads {
    private FigureReads() {}

    interface Figure<T> {
        T read(Handle handle);
    }

    static <T> T read(Jdbi jdbi, Figure<T> figure) {
        return jdbi.inTransaction(h -> {
            h.createQuery("select set_config('jit', 'off', true) || set_config('work_mem', '64MB', true)")
                    .mapTo(String.class)
                    .one();
            return figure.read(h);
        });
    }
}
