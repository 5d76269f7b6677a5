package org.pressdesk.control;

import java.time.Instant;

/** One pause or resume, as the control audit keeps it. */
public record ControlEvent(String scope, Action action, String actor, Instant occurredAt, String reason) {

    public enum Action { PAUSE, RESUME }
}
