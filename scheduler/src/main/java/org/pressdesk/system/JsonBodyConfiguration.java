package org.pressdesk.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request bodies are read past their problems, which are then reported together (see {@link JsonBodyProblemsAdvice}). */
@Configuration(proxyBeanMethods = false)
class JsonBodyConfiguration {

    @Bean
    JsonMapperBuilderCustomizer noteRequestBodyProblems() {
        return builder -> builder.addHandler(new JsonBodyProblemRecorder());
    }
}
