package org.pressdesk.control;

/** Who or what paused a scope. */
public enum PauseCause {
    /** A person, through the API. */
    PERSON,
    /** The platform said the account's quota is used up. */
    QUOTA,
    /** The platform refused the account's credentials (expired, revoked). */
    CREDENTIALS
}
