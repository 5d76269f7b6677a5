package org.pressdesk.audit;

/** The kinds of event the audit shows, each read from the table that keeps it. */
public enum AuditKind {
    /** A publish target changed state ({@code target_transition}). */
    TRANSITION,
    /** Publishing was paused, everywhere or on one channel ({@code control_event}). */
    PAUSE,
    /** A pause was lifted ({@code control_event}). */
    RESUME,
    /** A template override was saved ({@code template_revision}). */
    TEMPLATE_SAVE,
    /** A template went back to its shipped default ({@code template_revision}). */
    TEMPLATE_REVERT,
    /** Anything else an administrator did ({@code admin_action}). */
    ADMIN
}
