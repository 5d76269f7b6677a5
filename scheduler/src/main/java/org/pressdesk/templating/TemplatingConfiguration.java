package org.pressdesk.templating;

import java.time.Clock;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.template.ChannelProfiles;
import org.pressdesk.template.store.TemplateOverrides;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The templates module wired to the application: overrides live in the database, and each
 * channel's template medium, length policy and hashtag style come from its configuration.
 */
@Configuration(proxyBeanMethods = false)
class TemplatingConfiguration {

    @Bean
    JdbcTemplateOverrides templateOverrides(JdbcClient jdbc, Clock clock) {
        return new JdbcTemplateOverrides(jdbc, clock);
    }

    @Bean
    ChannelProfiles channelProfiles(ChannelRegistry channels) {
        return ChannelProfiles.fromAccounts(channels.accounts());
    }
}
