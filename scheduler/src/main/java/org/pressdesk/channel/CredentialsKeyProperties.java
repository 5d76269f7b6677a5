package org.pressdesk.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts channel credentials entered in the application.
 *
 * @param credentialsKey base64 of 32 random bytes (AES-256), e.g. from {@code openssl rand -base64 32}; take it from
 *                       the environment ({@code PRESSDESK_SECURITY_CREDENTIALS_KEY}). Without one, credentials can
 *                       only come from the configuration and entering them is refused.
 */
@ConfigurationProperties("pressdesk.security")
public record CredentialsKeyProperties(String credentialsKey) {

    public boolean configured() {
        return credentialsKey != null && !credentialsKey.isBlank();
    }

    @Override
    public String toString() {
        return "CredentialsKeyProperties[credentialsKey=" + (configured() ? "(set)" : "(not set)") + "]";
    }
}
