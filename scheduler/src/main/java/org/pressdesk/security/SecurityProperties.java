package org.pressdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in.
 *
 * @param initialAdmin the first admin, created at start when there is no enabled admin; without it, the very
 *                     first start (no users at all) creates {@code admin} with a one-time password printed once
 * @param throttle     how failed sign-ins in a row slow an account down
 */
@ConfigurationProperties("pressdesk.security")
public record SecurityProperties(@DefaultValue InitialAdmin initialAdmin, @DefaultValue Throttle throttle) {

    /** Both or neither. The password is only ever read here, never logged. */
    public record InitialAdmin(String username, String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isEmpty();
        }

        @Override
        public String toString() {
            return "InitialAdmin[username=" + username + ", password=" + (password == null ? "none" : "(set)") + "]";
        }
    }

    /**
     * @param failuresAllowed failed sign-ins in a row before the account is slowed down
     * @param firstPause      the pause after that many; each further failure doubles it
     * @param longestPause    up to this
     */
    public record Throttle(@DefaultValue("5") int failuresAllowed, @DefaultValue("30s") Duration firstPause,
                           @DefaultValue("15m") Duration longestPause) {
    }
}
