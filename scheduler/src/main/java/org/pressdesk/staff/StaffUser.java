package org.pressdesk.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in.
 *
 * @param username        as {@link org.pressdesk.system.Names} normalises it: the actor of everything they do
 * @param passwordHash    a DelegatingPasswordEncoder hash, e.g. {@code {bcrypt}$2a$…}
 * @param failedSignIns   failed sign-ins in a row
 * @param lockedUntil     no sign-in is tried before then (null: not slowed down)
 */
public record StaffUser(long id, String username, String displayName, String passwordHash, Set<StaffRole> roles,
                        boolean enabled, boolean mustChangePassword, int failedSignIns, Instant lockedUntil,
                        Instant createdAt) {

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(StaffRole.ADMIN);
    }
}
