package org.pressdesk.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;

/** Request bodies are read past their problems, which are then reported together (see {@link JsonBodyProblemsAdvice}). */
@Configuration(proxyBeanMethods = false)
class JsonBodyConfiguration {

    @Bean
    JsonMapperBuilderCustomizer noteRequestBodyProblems() {
        // A property given twice is refused rather than the last value silently winning.
        return builder -> builder.addHandler(new JsonBodyProblemRecorder())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
