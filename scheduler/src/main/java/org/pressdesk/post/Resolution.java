package org.pressdesk.post;

/** What a person found when checking a target whose outcome was unknown. */
public sealed interface Resolution {

    String describe();

    /** It did go out: here is where. */
    record Published(String url, String remoteId) implements Resolution {
        @Override
        public String describe() {
            return "checked by hand: published at " + url;
        }
    }

    /** It did not go out: send it again. */
    record Resend() implements Resolution {
        @Override
        public String describe() {
            return "checked by hand: not published; re-sending";
        }
    }

    /** It did not go out and should not. */
    record Abandon() implements Resolution {
        @Override
        public String describe() {
            return "checked by hand: abandoned";
        }
    }
}
