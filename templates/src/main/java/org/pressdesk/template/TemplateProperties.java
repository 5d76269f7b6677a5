package org.pressdesk.template;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the template renderer, under {@code pressdesk.templates}.
 *
 * @param zone the office's time zone: a post's {@code date} is its scheduled day there
 */
@ConfigurationProperties("pressdesk.templates")
public record TemplateProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
