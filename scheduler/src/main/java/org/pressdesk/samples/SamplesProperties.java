package org.pressdesk.samples;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sample data for trying the reports.
 *
 * @param seedYear load the sample year built after the ministry's 2011 report into the database on
 *                 start-up (only 2011 is available; loaded once, a second start adds nothing); none when unset
 */
@ConfigurationProperties("pressdesk.samples")
public record SamplesProperties(Integer seedYear) {
}
