package org.pressdesk.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.pressdesk.audit.AdminActions;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.staff.UserExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin, at start: from pressdesk.security.initial-admin when no enabled admin exists; without it, at
 * the very first start (no users at all) {@code admin} with a random one-time password printed once to standard
 * output (never to the log), to be changed at the first sign-in. There is no default password.
 */
@Component
public class InitialAdmin implements ApplicationRunner {

    public static final String FIRST_ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final StaffUsers users;
    private final AdminActions actions;
    private final SecurityProperties.InitialAdmin configured;
    private final PrintStream console;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    InitialAdmin(StaffUsers users, AdminActions actions, SecurityProperties properties) {
        this(users, actions, properties.initialAdmin(), System.out);
    }

    /** For tests: another configuration and console. */
    public InitialAdmin(StaffUsers users, AdminActions actions, SecurityProperties.InitialAdmin configured,
                        PrintStream console) {
        this.users = users;
        this.actions = actions;
        this.configured = configured;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Creates the first admin if there is none yet; says which way it went. */
    public Outcome ensure() {
        if (users.anyEnabledAdmin()) {
            return Outcome.ADMIN_EXISTS;
        }
        try {
            if (configured.configured()) {
                return fromConfiguration();
            }
            if (users.count() == 0) {
                return withOneTimePassword();
            }
        } catch (UserExistsException anotherNode) {
            return Outcome.ADMIN_EXISTS;
        }
        log.warn("No enabled admin: set pressdesk.security.initial-admin.username and .password and restart");
        return Outcome.NONE;
    }

    private Outcome fromConfiguration() {
        if (configured.password().length() < StaffUsers.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("pressdesk.security.initial-admin.password must be at least "
                    + StaffUsers.MIN_PASSWORD_LENGTH + " characters long");
        }
        StaffUser admin = users.find(configured.username())
                .map(existing -> {
                    EnumSet<StaffRole> roles = EnumSet.of(StaffRole.ADMIN);
                    roles.addAll(existing.roles());
                    users.setRoles(existing.username(), roles);
                    return users.setEnabled(existing.username(), true);
                })
                .orElseGet(() -> users.create(configured.username(), configured.username(), configured.password(),
                        EnumSet.of(StaffRole.ADMIN), false));
        actions.record("pressdesk", "initial-admin", admin.username(), "from pressdesk.security.initial-admin");
        log.info("Initial admin '{}' from pressdesk.security.initial-admin", admin.username());
        return Outcome.FROM_CONFIGURATION;
    }

    private Outcome withOneTimePassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        StaffUser admin = users.create(FIRST_ADMIN, "Administrator", password, EnumSet.of(StaffRole.ADMIN), true);
        actions.record("pressdesk", "initial-admin", admin.username(), "one-time password printed at first start");
        // Standard output on purpose: the issue asks for it printed once, and it must not end up in log files.
        console.println();
        console.println("==================================================================");
        console.println(" Pressdesk first start: sign in at /login as '" + FIRST_ADMIN + "' with the");
        console.println(" one-time password   " + password);
        console.println(" You will be asked to choose your own password. It is shown only now.");
        console.println("==================================================================");
        console.println();
        console.flush();
        log.info("Created the first admin '{}'; its one-time password was printed to standard output", FIRST_ADMIN);
        return Outcome.ONE_TIME_PASSWORD;
    }

    public enum Outcome { ADMIN_EXISTS, FROM_CONFIGURATION, ONE_TIME_PASSWORD, NONE }
}
