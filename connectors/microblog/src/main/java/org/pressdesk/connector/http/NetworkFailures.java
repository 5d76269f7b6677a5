package org.pressdesk.connector.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Tells a request that never left this machine from one whose answer was lost.
 *
 * <p>The difference decides between {@code Transient} (safe to send again) and
 * {@code OutcomeUnknown} (the post may be online already): a refused or timed-out connection, an
 * unknown host or a failed TLS handshake happen before a single byte of the request is sent;
 * anything after that (connection reset, empty answer, read timeout) may follow a request the
 * server has carried out.
 */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param failure the exception thrown by the HTTP client, or one that wraps it
     * @return false only when the request certainly did not reach the server
     */
    public static boolean mayHaveReachedServer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                    || cause instanceof UnresolvedAddressException || cause instanceof SSLHandshakeException) {
                return false;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return true;
    }

    /** A short description for staff: the exception's class and message, never a URL's query. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
