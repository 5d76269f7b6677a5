package org.pressdesk.samples;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the sample year named by {@code pressdesk.samples.seed-year} when the application starts. */
@Component
class SampleDataOnStartup implements ApplicationRunner {

    private final SamplesProperties properties;
    private final SampleDataLoader loader;

    SampleDataOnStartup(SamplesProperties properties, SampleDataLoader loader) {
        this.properties = properties;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.seedYear() != null) {
            loader.load(properties.seedYear());
        }
    }
}
