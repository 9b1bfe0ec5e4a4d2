package org.imagingnetwork.core.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import org.imagingnetwork.core.booking.Appointment;
import org.imagingnetwork.core.booking.BookingSnapshot;
import org.imagingnetwork.core.booking.BookingStore;
import org.imagingnetwork.core.booking.BookingUnit;
import org.imagingnetwork.core.diary.SlotId;
import org.imagingnetwork.core.request.RequestId;
import org.imagingnetwork.core.request.Transition;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Booking transactions on PostgreSQL at READ COMMITTED: correctness comes from row locks
 * ({@code FOR UPDATE}) and the partial unique indexes, not from serializable retries, so a busy
 * slot costs a wait rather than an abort. The snapshot and the write that compares it run each as one
 * statement outside any explicit transaction (autocommit), one round trip apiece.
 */
public final class JdbiBookingStore implements BookingStore {

    private static final String SNAPSHOT = "select " + BookingRows.REQUEST_COLUMNS + ", " + BookingRows.SLOT_COLUMNS
            + " from " + BookingRows.REQUEST_FROM + " cross join " + BookingRows.SLOT_FROM
            + " where rq.id = ? and s.id = ?";

    private final Jdbi jdbi;

    public JdbiBookingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Function<BookingUnit, T> work) {
        // READ COMMITTED is PostgreSQL's default; naming it here would cost two extra round trips
        // (set and restore) on every booking.
        return jdbi.inTransaction(handle -> work.apply(new JdbiBookingUnit(handle)));
    }

    @Override
    public Optional<BookingSnapshot> snapshot(RequestId request, SlotId slot) {
        return onConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SNAPSHOT)) {
                statement.setLong(1, request.value());
                statement.setLong(2, slot.value());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new BookingSnapshot(
                                    BookingRows.request(rs),
                                    rs.getInt("request_version"),
                                    BookingRows.slot(rs),
                                    rs.getInt("slot_version")))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean bookIfUnchanged(BookingSnapshot seen, Appointment appointment, Transition appointed) {
        return onConnection(connection -> BookingWrites.insertIfUnchanged(connection, seen, appointment, appointed));
    }

    private <T> T onConnection(ConnectionWork<T> work) {
        return jdbi.withHandle(handle -> {
            try {
                return work.apply(handle.getConnection());
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    /** Plain JDBC on the booking path (see {@link NamedStatement} for why). */
    @FunctionalInterface
    private interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
