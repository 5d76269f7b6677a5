package org.pressdesk.staff;

import org.pressdesk.audit.AdminActions;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.pressdesk.system.Names;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to people and their tokens, each change recorded in {@link AdminActions} with the admin
 * who made it. The users API and the users page both come here.
 */
@Service
public class StaffAdministration {

    private final StaffUsers users;
    private final ApiTokens tokens;
    private final AdminActions actions;

    StaffAdministration(StaffUsers users, ApiTokens tokens, AdminActions actions) {
        this.users = users;
        this.tokens = tokens;
        this.actions = actions;
    }

    /** A new person, who must choose their own password when they first sign in. */
    @Transactional
    public StaffUser create(String admin, String username, String displayName, String initialPassword,
                            Set<StaffRole> roles) {
        StaffUser created = users.create(username, displayName, initialPassword, roles, true);
        actions.record(admin, "user-created", created.username(), "roles " + names(created.roles()));
        return created;
    }

    @Transactional
    public StaffUser setRoles(String admin, String username, Set<StaffRole> roles) {
        StaffUser user = users.get(username);
        refuseLockingOut(admin, user, !roles.contains(StaffRole.ADMIN));
        StaffUser changed = users.setRoles(username, roles);
        actions.record(admin, "roles-set", changed.username(), names(user.roles()) + " -> " + names(changed.roles()));
        return changed;
    }

    @Transactional
    public StaffUser setEnabled(String admin, String username, boolean enabled) {
        StaffUser user = users.get(username);
        refuseLockingOut(admin, user, !enabled);
        StaffUser changed = users.setEnabled(username, enabled);
        actions.record(admin, enabled ? "user-enabled" : "user-disabled", changed.username(), null);
        return changed;
    }

    /** A new one-time password the person must replace when they next sign in. */
    @Transactional
    public StaffUser resetPassword(String admin, String username, String password) {
        StaffUser changed = users.setPassword(username, password, true);
        actions.record(admin, "password-reset", changed.username(), null);
        return changed;
    }

    @Transactional
    public IssuedToken issueToken(String admin, String username, String name) {
        IssuedToken issued = tokens.issue(username, name, admin);
        actions.record(admin, "token-issued", issued.token().username(),
                "token " + issued.token().id() + " '" + issued.token().name() + "' " + issued.token().prefix() + "…");
        return issued;
    }

    @Transactional
    public ApiToken revokeToken(String admin, String username, long id) {
        ApiToken revoked = tokens.revoke(username, id, admin);
        actions.record(admin, "token-revoked", revoked.username(), "token " + revoked.id() + " '" + revoked.name() + "'");
        return revoked;
    }

    /** An admin may not take away their own admin role or disable themselves: someone must be left to fix things. */
    private static void refuseLockingOut(String admin, StaffUser user, boolean losesAdmin) {
        if (losesAdmin && user.isAdmin() && Names.normalise(admin).equals(user.username())) {
            throw new SelfLockoutException(user.username());
        }
    }

    private static String names(Set<StaffRole> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList()));
    }

    /** Roles as typed ({@code ["editor", "APPROVER"]}); unknown ones are a field problem. */
    public static Set<StaffRole> roles(String field, Iterable<String> typed) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (typed != null) {
            for (String name : typed) {
                roles.add(StaffRole.of(name).orElseThrow(() -> new org.pressdesk.system.InvalidFieldException(field,
                        "unknown role '" + name + "'; EDITOR, APPROVER or ADMIN")));
            }
        }
        return roles;
    }
}
