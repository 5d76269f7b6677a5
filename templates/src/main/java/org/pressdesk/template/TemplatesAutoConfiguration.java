package org.pressdesk.template;

import java.time.Clock;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.template.preview.PreviewService;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;
import org.pressdesk.template.store.TemplateOverrides;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The template renderer, its library and the preview service. Each bean backs off when the application
 * declares its own: the scheduler supplies a database-backed {@link TemplateOverrides} and
 * {@link ChannelProfiles#fromAccounts} built from its configured channels. Dates are in the application's
 * {@link OfficeZone} unless {@code pressdesk.templates.zone} is set.
 */
@AutoConfiguration
@EnableConfigurationProperties(TemplateProperties.class)
public class TemplatesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DefaultTemplates defaultTemplates() {
        return new DefaultTemplates();
    }

    @Bean
    @ConditionalOnMissingBean
    TemplateOverrides templateOverrides(ObjectProvider<Clock> clock) {
        return new InMemoryTemplateOverrides(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    TemplateLibrary templateLibrary(DefaultTemplates defaults, TemplateOverrides overrides) {
        return new TemplateLibrary(defaults, overrides);
    }

    @Bean
    @ConditionalOnMissingBean
    ChannelProfiles channelProfiles() {
        return ChannelProfiles.fromConnectors();
    }

    @Bean
    @ConditionalOnMissingBean(PostRenderer.class)
    ThymeleafPostRenderer thymeleafPostRenderer(TemplateLibrary library, ChannelProfiles profiles,
                                                TemplateProperties properties, ObjectProvider<OfficeZone> office) {
        return new ThymeleafPostRenderer(library, profiles,
                properties.zoneOr(office.getIfAvailable(() -> OfficeZone.DEFAULT)));
    }

    @Bean
    @ConditionalOnBean(ThymeleafPostRenderer.class)
    @ConditionalOnMissingBean
    PreviewService previewService(ThymeleafPostRenderer renderer) {
        return new PreviewService(renderer);
    }
}
