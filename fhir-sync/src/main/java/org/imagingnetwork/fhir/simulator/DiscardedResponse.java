package org.imagingnetwork.fhir.simulator;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStream;
import java.io.PrintWriter;

/** A response whose body and flushes go nowhere, so the server's answer can be withheld. */
final class DiscardedResponse extends HttpServletResponseWrapper {

    private final ServletOutputStream sink = new ServletOutputStream() {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // Writes never block, so there is nothing to listen for.
        }

        @Override
        public void write(int b) {
            // Discarded on purpose.
        }
    };

    DiscardedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return sink;
    }

    @Override
    public PrintWriter getWriter() {
        return new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public void flushBuffer() {
        // Nothing may reach the client.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
