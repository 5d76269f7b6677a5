package org.pressdesk.post;

import org.pressdesk.template.PlainPostRenderer;
import org.pressdesk.template.PostRenderer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PostRenderer postRenderer() {
        return new PlainPostRenderer();
    }
}
