package org.pressdesk.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals one credential value with AES-256-GCM: a random 96-bit nonce per value, and the channel id and
 * credential name as associated data, so a sealed value copied to another channel or name does not open.
 * Nothing here ever puts a value or the key into a message.
 */
public final class CredentialCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    private CredentialCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = keyIdOf(key);
    }

    /**
     * The cipher of the configured key, or empty when none is configured.
     *
     * @throws IllegalStateException when the key is not base64 of exactly 32 bytes (the message never shows it)
     */
    public static Optional<CredentialCipher> of(CredentialsKeyProperties properties) {
        if (!properties.configured()) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(properties.credentialsKey().strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("pressdesk.security.credentials-key is not base64; generate one with "
                    + "'openssl rand -base64 32'");
        }
        if (key.length != 32) {
            throw new IllegalStateException("pressdesk.security.credentials-key must be base64 of 32 bytes (AES-256), "
                    + "was " + key.length + " bytes; generate one with 'openssl rand -base64 32'");
        }
        return Optional.of(new CredentialCipher(key));
    }

    /** Names the key without revealing it: the first 8 bytes of its SHA-256, in hex. */
    public String keyId() {
        return keyId;
    }

    public Sealed seal(String channelId, String name, String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(channelId, name));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return new Sealed(Base64.getEncoder().encodeToString(sealed), Base64.getEncoder().encodeToString(nonce),
                    keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt credential '" + name + "' of channel '" + channelId
                    + "': " + e.getClass().getSimpleName());
        }
    }

    /**
     * @throws CredentialUnreadableException when the value was sealed with another key, or for another channel or
     *                                       name, or was altered
     */
    public String open(String channelId, String name, Sealed sealed) {
        if (!keyId.equals(sealed.keyId())) {
            throw new CredentialUnreadableException(channelId, name, "it was encrypted with key " + sealed.keyId()
                    + ", the configured pressdesk.security.credentials-key is " + keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(sealed.nonce())));
            cipher.updateAAD(associatedData(channelId, name));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext())), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CredentialUnreadableException(channelId, name,
                    "it does not open with the configured key (altered, or stored for another channel or name)");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CredentialUnreadableException(channelId, name, "it cannot be decrypted ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] associatedData(String channelId, String name) {
        return (channelId + "\u0000" + name).getBytes(StandardCharsets.UTF_8);
    }

    private static String keyIdOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One sealed value as stored.
     *
     * @param ciphertext base64 of the encrypted value with its GCM tag
     * @param nonce      base64 of the 96-bit nonce
     * @param keyId      the {@link #keyId()} of the key that sealed it
     */
    public record Sealed(String ciphertext, String nonce, String keyId) {
    }
}
