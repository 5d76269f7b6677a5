package org.pressdesk.staff;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do. EDITOR: compose, queue, submit, return, reschedule, cancel. APPROVER: approve or send
 * back (never their own post). ADMIN: users, tokens, channels, templates, pausing. A person may hold several.
 */
public enum StaffRole {
    EDITOR, APPROVER, ADMIN;

    /** The authority Spring Security checks, {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<StaffRole> of(String typed) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(typed == null ? "" : typed.strip()))
                .findFirst();
    }
}
