package org.pressdesk.connector.microblog;

import java.time.Clock;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.connector.mastodon.MastodonConnectorType;
import org.pressdesk.connector.weibo.WeiboConnectorType;
import org.pressdesk.connector.x.XConnectorType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the microblog connector types: X, Weibo and Mastodon. Each is a bean, so an
 * application or another jar can replace one by declaring its own bean of the same class.
 */
@AutoConfiguration
public class MicroblogConnectorsAutoConfiguration {

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
    MastodonConnectorType mastodonConnectorType(ObjectProvider<Clock> clock, ObjectProvider<ThreadJournal> journal) {
        return new MastodonConnectorType(clock.getIfAvailable(Clock::systemUTC),
                journal.getIfAvailable(ThreadJournal::inMemory));
    }
}
