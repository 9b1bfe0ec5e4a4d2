package org.imagingnetwork.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What the virtual patients were told, one line each in the order they were told it, for the
 * checker to hold the network to afterwards: {@code request,slot} when a booking (or a move, or
 * an offer accepted) was confirmed to them, {@code request,-} when a cancellation was. Written to the
 * file {@code -Dload.confirmed} names; nothing is written without it.
 */
final class Confirmations {

    private final Optional<Path> file;

    private Confirmations(Optional<Path> file) {
        this.file = file;
    }

    static Confirmations fromSettings() {
        String path = LoadSettings.text("load.confirmed", "");
        return new Confirmations(path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path)));
    }

    void booked(String request, String slot) {
        write(request + "," + slot);
    }

    void cancelled(String request) {
        write(request + ",-");
    }

    private void write(String line) {
        if (file.isEmpty()) {
            return;
        }
        synchronized (Confirmations.class) {
            try {
                Files.writeString(
                        file.get(),
                        line + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file.get(), e);
            }
        }
    }
}
