package org.pressdesk.connector;

import java.time.Clock;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.connector.outbox.OutboxConnectorType;
import org.pressdesk.connector.radio.RadioScriptConnectorType;
import org.pressdesk.connector.weibo.WeiboConnectorType;
import org.pressdesk.connector.x.XConnectorType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the built-in connector types. Each is a bean, so an application or another jar can
 * replace one by declaring its own bean of the same class.
 */
@AutoConfiguration
public class ConnectorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxConnectorType outboxConnectorType(ObjectProvider<Clock> clock) {
        return new OutboxConnectorType(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    XConnectorType xConnectorType(ObjectProvider<Clock> clock, ObjectProvider<ThreadJournal> journal) {
        return new XConnectorType(clock.getIfAvailable(Clock::systemUTC),
                journal.getIfAvailable(ThreadJournal::inMemory));
    }

    @Bean
    @ConditionalOnMissingBean
    WeiboConnectorType weiboConnectorType(ObjectProvider<Clock> clock) {
        return new WeiboConnectorType(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    MastodonConnectorType mastodonConnectorType(ObjectProvider<Clock> clock) {
        return new MastodonConnectorType(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    RadioScriptConnectorType radioScriptConnectorType(ObjectProvider<Clock> clock, ObjectProvider<OfficeZone> office) {
        return new RadioScriptConnectorType(clock.getIfAvailable(Clock::systemUTC),
                office.getIfAvailable(() -> OfficeZone.DEFAULT).zone());
    }
}
