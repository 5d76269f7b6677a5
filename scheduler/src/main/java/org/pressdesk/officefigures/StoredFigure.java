package org.pressdesk.officefigures;

import java.time.Instant;

/** A figure with who entered it last, and when. */
public record StoredFigure(FigureEntry entry, String enteredBy, Instant enteredAt) {
}
