package org.pressdesk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.Names;
import org.pressdesk.system.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in, in {@code staff_user} and {@code staff_role}. Every username a caller gives is
 * normalised ({@link Names}) before it is compared or stored; passwords go in only as hashes.
 */
@Repository
public class StaffUsers {

    /** Long enough that guessing is hopeless within the sign-in throttle; no other rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Optional<StaffUser> find(String username) {
        String name = Names.normalise(username == null ? "" : username);
        return jdbc.sql("SELECT * FROM staff_user WHERE username = :username").param("username", name)
                .query(this::withoutRoles).optional().map(this::withRoles);
    }

    public StaffUser get(String username) {
        return find(username).orElseThrow(() -> new UserNotFoundException(Names.normalise(username)));
    }

    public List<StaffUser> all() {
        return jdbc.sql("SELECT * FROM staff_user ORDER BY username").query(this::withoutRoles).list().stream()
                .map(this::withRoles).toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
    }

    public boolean anyEnabledAdmin() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM staff_user u JOIN staff_role r ON r.user_id = u.id
                         WHERE r.role = 'ADMIN' AND u.enabled""")
                .query(Long.class).single() > 0;
    }

    /**
     * @throws InvalidFieldException for a name with nothing visible or a password too short
     * @throws UserExistsException   when the name (as names are compared) is taken
     */
    @Transactional
    public StaffUser create(String username, String displayName, String password, Set<StaffRole> roles,
                            boolean mustChangePassword) {
        String name = Names.require("username", username);
        String shown = displayName == null || displayName.isBlank() ? name : displayName.strip();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO staff_user (username, display_name, password_hash, must_change_password, created_at)
                            VALUES (:username, :displayName, :hash, :mustChange, :now)""")
                    .param("username", name).param("displayName", shown).param("hash", hash("password", password))
                    .param("mustChange", mustChangePassword).param("now", SqlTime.param(clock.instant()))
                    .update(key, "id");
        } catch (DuplicateKeyException taken) {
            throw new UserExistsException(name);
        }
        long id = key.getKey().longValue();
        insertRoles(id, roles);
        return get(name);
    }

    @Transactional
    public StaffUser setRoles(String username, Set<StaffRole> roles) {
        StaffUser user = get(username);
        jdbc.sql("DELETE FROM staff_role WHERE user_id = :id").param("id", user.id()).update();
        insertRoles(user.id(), roles);
        return get(user.username());
    }

    public StaffUser setEnabled(String username, boolean enabled) {
        StaffUser user = get(username);
        jdbc.sql("UPDATE staff_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", user.id()).update();
        return get(user.username());
    }

    /** Sets a new password; {@code mustChange}: the person is asked to choose their own at the next page. */
    public StaffUser setPassword(String username, String password, boolean mustChange) {
        StaffUser user = get(username);
        jdbc.sql("""
                        UPDATE staff_user SET password_hash = :hash, must_change_password = :mustChange,
                               failed_sign_ins = 0, locked_until = NULL
                         WHERE id = :id""")
                .param("hash", hash("password", password)).param("mustChange", mustChange).param("id", user.id())
                .update();
        return get(user.username());
    }

    public boolean passwordMatches(StaffUser user, String password) {
        return password != null && passwords.matches(password, user.passwordHash());
    }

    /** After a failed sign-in: the count in a row and until when the account is slowed down. */
    public void recordFailedSignIn(long id, int failures, Instant lockedUntil) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = :failures, locked_until = :until WHERE id = :id")
                .param("failures", failures).param("until", SqlTime.param(lockedUntil)).param("id", id).update();
    }

    public void recordSignIn(long id) {
        jdbc.sql("UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id AND failed_sign_ins > 0")
                .param("id", id).update();
    }

    private String hash(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidFieldException(field, "must be at most " + MAX_PASSWORD_LENGTH + " characters long");
        }
        return passwords.encode(password);
    }

    private void insertRoles(long id, Set<StaffRole> roles) {
        for (StaffRole role : roles) {
            jdbc.sql("INSERT INTO staff_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    private StaffUser withoutRoles(ResultSet row, int n) throws SQLException {
        return new StaffUser(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                row.getString("password_hash"), Set.of(), row.getBoolean("enabled"),
                row.getBoolean("must_change_password"), row.getInt("failed_sign_ins"), SqlTime.read(row, "locked_until"),
                SqlTime.read(row, "created_at"));
    }

    private StaffUser withRoles(StaffUser user) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        jdbc.sql("SELECT role FROM staff_role WHERE user_id = :id").param("id", user.id()).query(String.class).list()
                .forEach(role -> StaffRole.of(role).ifPresent(roles::add));
        return new StaffUser(user.id(), user.username(), user.displayName(), user.passwordHash(), roles,
                user.enabled(), user.mustChangePassword(), user.failedSignIns(), user.lockedUntil(), user.createdAt());
    }

}
