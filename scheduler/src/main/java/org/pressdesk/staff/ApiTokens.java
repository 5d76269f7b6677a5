package org.pressdesk.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Personal API tokens: {@code pd_} and 256 random bits (base64url). Only the token's SHA-256 is stored: a
 * token is high-entropy, so a fast hash is enough to make a copy of the table useless, and it lets a
 * request's token be found with one indexed lookup. Revoked tokens and tokens of disabled people do not
 * authenticate.
 */
@Repository
public class ApiTokens {

    public static final String PREFIX = "pd_";
    private static final int SHOWN_CHARACTERS = 8;
    /** last_used_at is a hint, not an audit: written at most this often per token, not on every request. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, StaffUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    public IssuedToken issue(String username, String name, String issuedBy) {
        StaffUser owner = users.get(username);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidFieldException("name", "give the token a name of 1 to 100 characters (where it is used)");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at, created_by)
                        VALUES (:user, :name, :hash, :prefix, :now, :by)""")
                .param("user", owner.id()).param("name", label).param("hash", hash(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + SHOWN_CHARACTERS))
                .param("now", SqlTime.param(clock.instant())).param("by", issuedBy).update(key, "id");
        return new IssuedToken(get(owner.username(), key.getKey().longValue()), secret);
    }

    public List<ApiToken> of(String username) {
        StaffUser owner = users.get(username);
        return jdbc.sql(SELECT + " WHERE t.user_id = :user ORDER BY t.id").param("user", owner.id())
                .query(ApiTokens::token).list();
    }

    public ApiToken get(String username, long id) {
        StaffUser owner = users.get(username);
        return jdbc.sql(SELECT + " WHERE t.user_id = :user AND t.id = :id").param("user", owner.id()).param("id", id)
                .query(ApiTokens::token).optional().orElseThrow(() -> new TokenNotFoundException(owner.username(), id));
    }

    /** Revokes a token at once; revoking one already revoked changes nothing. */
    public ApiToken revoke(String username, long id, String revokedBy) {
        ApiToken token = get(username, id);
        jdbc.sql("UPDATE api_token SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("now", SqlTime.param(clock.instant())).param("by", revokedBy).param("id", token.id()).update();
        return get(username, id);
    }

    /** The enabled person a presented token belongs to, if it is a live token. */
    public Optional<StaffUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        record Live(long id, String username, Instant lastUsedAt) {
        }
        Optional<Live> live = jdbc.sql("""
                        SELECT t.id, u.username, t.last_used_at FROM api_token t JOIN staff_user u ON u.id = t.user_id
                         WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled""")
                .param("hash", hash(presented))
                .query((row, n) -> new Live(row.getLong("id"), row.getString("username"), SqlTime.read(row, "last_used_at")))
                .optional();
        live.ifPresent(token -> {
            Instant now = clock.instant();
            if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now)) {
                jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                        .param("now", SqlTime.param(now)).param("id", token.id()).update();
            }
        });
        return live.flatMap(token -> users.find(token.username()));
    }

    /** The SHA-256 of a token, in hex: what the token table keeps of it. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static final String SELECT = """
            SELECT t.*, u.username FROM api_token t JOIN staff_user u ON u.id = t.user_id""";

    private static ApiToken token(ResultSet row, int n) throws SQLException {
        return new ApiToken(row.getLong("id"), row.getString("username"), row.getString("name"),
                row.getString("token_prefix"), SqlTime.read(row, "created_at"), row.getString("created_by"),
                SqlTime.read(row, "last_used_at"), SqlTime.read(row, "revoked_at"), row.getString("revoked_by"));
    }

}
