package org.pressdesk.disclosure;

import java.time.Instant;

/**
 * What staff wrote for section 六 of a year's report, in one language.
 *
 * @param problems     the main problems of the year's disclosure work
 * @param improvements what the office will do about them
 */
public record DisclosureRemarks(int year, String language, String problems, String improvements, String savedBy,
                                Instant savedAt) {
}
