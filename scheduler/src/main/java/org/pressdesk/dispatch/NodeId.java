package org.pressdesk.dispatch;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * A node's name in leases ({@code lease_owner}) and, as {@code dispatcher@<id>}, in the audit: both
 * columns hold 100 characters, so the id is kept to {@link #MAX_LENGTH}.
 */
final class NodeId {

    /** Leaves room for {@code dispatcher@} within the audit's 100 characters. */
    static final int MAX_LENGTH = 80;
    private static final int SUFFIX = 8;

    private NodeId() {
    }

    /**
     * @param configured {@code pressdesk.dispatch.node-id}; blank for a default
     * @param hostName   this machine's name, for the default: host name, shortened to fit, and a random suffix
     */
    static String of(String configured, Supplier<String> hostName) {
        if (!configured.isBlank()) {
            return configured;
        }
        String host = hostName.get();
        int room = MAX_LENGTH - SUFFIX - 1;
        String shortened = host.length() <= room ? host : host.substring(0, room);
        return shortened + "-" + UUID.randomUUID().toString().substring(0, SUFFIX);
    }
}
