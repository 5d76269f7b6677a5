package org.pressdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing of one credential value. */
class CredentialCipherTest {

    private static final String SECRET = "tok-very-secret-4711";

    @Test
    void aSealedValueOpensAgainAndHoldsNoTraceOfTheSecret() {
        CredentialCipher cipher = cipher(randomKey());

        CredentialCipher.Sealed sealed = cipher.seal("weibo-main", "access-token", SECRET);

        assertThat(sealed.ciphertext() + sealed.nonce() + sealed.keyId()).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes()));
        assertThat(Base64.getDecoder().decode(sealed.nonce())).hasSize(12);
        assertThat(cipher.open("weibo-main", "access-token", sealed)).isEqualTo(SECRET);
    }

    @Test
    void eachSealingTakesAFreshNonce() {
        CredentialCipher cipher = cipher(randomKey());

        assertThat(cipher.seal("weibo-main", "access-token", SECRET).nonce())
                .isNotEqualTo(cipher.seal("weibo-main", "access-token", SECRET).nonce());
    }

    @Test
    void aValueSealedWithAnotherKeyIsRefusedNamingBothKeysButNeitherValue() {
        String oldKey = randomKey();
        CredentialCipher.Sealed sealed = cipher(oldKey).seal("weibo-main", "access-token", SECRET);
        CredentialCipher current = cipher(randomKey());

        assertThatThrownBy(() -> current.open("weibo-main", "access-token", sealed))
                .isInstanceOf(CredentialUnreadableException.class)
                .hasMessageContaining("access-token").hasMessageContaining("weibo-main")
                .hasMessageContaining(sealed.keyId()).hasMessageContaining(current.keyId())
                .message().doesNotContain(SECRET).doesNotContain(oldKey);
    }

    @Test
    void aValueMovedToAnotherChannelOrNameDoesNotOpen() {
        CredentialCipher cipher = cipher(randomKey());
        CredentialCipher.Sealed sealed = cipher.seal("weibo-main", "access-token", SECRET);

        assertThatThrownBy(() -> cipher.open("weibo-other", "access-token", sealed))
                .isInstanceOf(CredentialUnreadableException.class);
        assertThatThrownBy(() -> cipher.open("weibo-main", "consumer-secret", sealed))
                .isInstanceOf(CredentialUnreadableException.class);
    }

    @Test
    void noKeyConfiguredMeansNoCipher() {
        assertThat(CredentialCipher.of(new CredentialsKeyProperties(null))).isEmpty();
        assertThat(CredentialCipher.of(new CredentialsKeyProperties(" "))).isEmpty();
    }

    @Test
    void aKeyOfTheWrongSizeStopsStartUpWithoutShowingIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> CredentialCipher.of(new CredentialsKeyProperties(short16)))
                .hasMessageContaining("32 bytes").hasMessageContaining("openssl rand -base64 32")
                .message().doesNotContain(short16);
        assertThatThrownBy(() -> CredentialCipher.of(new CredentialsKeyProperties("not base64!")))
                .hasMessageContaining("base64");
    }

    @Test
    void thePropertiesNeverPrintTheKey() {
        String key = randomKey();

        assertThat(new CredentialsKeyProperties(key).toString()).doesNotContain(key);
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static CredentialCipher cipher(String key) {
        return CredentialCipher.of(new CredentialsKeyProperties(key)).orElseThrow();
    }
}
