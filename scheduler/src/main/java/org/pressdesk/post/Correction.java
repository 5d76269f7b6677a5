package org.pressdesk.post;

import java.util.List;

/**
 * What staff give to correct a published post; everything else comes from the original.
 *
 * @param actor    who writes the correction: its author, so someone else must approve it
 * @param title    its title; null for "更正：" / "Correction: " and the original's title
 * @param body     the corrected text
 * @param channels the channels it goes to; null for every channel the original went out on
 */
public record Correction(String actor, String title, String body, List<String> channels) {
}
