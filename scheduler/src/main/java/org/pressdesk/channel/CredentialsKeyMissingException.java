package org.pressdesk.channel;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** Credentials cannot be entered while no key to encrypt them is configured. */
public class CredentialsKeyMissingException extends ProblemException {

    static final String DETAIL = "Credentials cannot be entered in the application: no encryption key is configured."
            + " Generate one with 'openssl rand -base64 32', set it as pressdesk.security.credentials-key (environment"
            + " PRESSDESK_SECURITY_CREDENTIALS_KEY) and restart; until then credentials come from the configuration only.";

    CredentialsKeyMissingException() {
        super(HttpStatus.CONFLICT, "no-credentials-key", "No credentials key", DETAIL);
    }
}
