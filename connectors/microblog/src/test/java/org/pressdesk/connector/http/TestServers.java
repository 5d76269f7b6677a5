package org.pressdesk.connector.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Helpers for connector tests that talk to a local fake API. */
public final class TestServers {

    private TestServers() {
    }

    /** A base URL on a local port nobody listens on: connecting to it is refused before anything is sent. */
    public static String refusingBaseUrl() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
