package org.pressdesk.channel;

import java.util.Set;

/**
 * Where the credential changes staff make are recorded, names only, never a value. Kept this small so that it
 * can be pointed at the application's admin-action audit once that exists; until then {@link #LOGGED}.
 */
interface CredentialActions {

    /** Writes each change to the log at INFO: who, which channel, which names. */
    CredentialActions LOGGED = new CredentialActions() {
        private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CredentialActions.class);

        @Override
        public void set(String channelId, Set<String> names, String actor) {
            log.info("Credentials {} of channel {} set by {}", names, channelId, actor);
        }

        @Override
        public void cleared(String channelId, Set<String> names, String actor) {
            log.info("Credentials {} of channel {} cleared by {}", names, channelId, actor);
        }
    };

    void set(String channelId, Set<String> names, String actor);

    void cleared(String channelId, Set<String> names, String actor);
}
