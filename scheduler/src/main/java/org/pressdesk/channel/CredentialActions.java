package org.pressdesk.channel;

import java.util.Set;
import java.util.TreeSet;
import org.pressdesk.audit.AdminActions;

/** Where the credential changes staff make are recorded: who, which channel, which names, never a value. */
interface CredentialActions {

    /** Each change as an admin action on the audit page. */
    static CredentialActions auditedBy(AdminActions audit) {
        return new CredentialActions() {
            @Override
            public void set(String channelId, Set<String> names, String actor) {
                audit.record(actor, "channel.credentials.set", channelId, String.join(", ", new TreeSet<>(names)));
            }

            @Override
            public void cleared(String channelId, Set<String> names, String actor) {
                audit.record(actor, "channel.credentials.clear", channelId, String.join(", ", new TreeSet<>(names)));
            }
        };
    }

    void set(String channelId, Set<String> names, String actor);

    void cleared(String channelId, Set<String> names, String actor);
}
