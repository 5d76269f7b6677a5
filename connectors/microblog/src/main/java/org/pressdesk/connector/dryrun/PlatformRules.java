package org.pressdesk.connector.dryrun;

import java.util.List;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;

/**
 * What a platform allows and how it counts, without an account or a network: the half of a
 * connector that a dry run keeps. A platform's connector and its dry run use the same instance, so
 * they cannot count differently.
 */
public interface PlatformRules {

    /** The platform's name for messages, e.g. {@code X}. */
    String platform();

    /** The platform's limit, counting, threads and media; idempotency and audience belong to the account. */
    Capabilities capabilities();

    /** One part's length as the platform counts it. */
    int length(String text);

    /** The templates that suit the platform; a dry run asks for the same as the real channel. */
    default TemplateHints templateHints() {
        return TemplateHints.MICROBLOG;
    }

    /** The rules the content breaks on the platform; empty when the platform would take it. */
    List<Violation> validate(ChannelContent content);
}
