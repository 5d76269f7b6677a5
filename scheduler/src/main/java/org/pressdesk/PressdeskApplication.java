package org.pressdesk;

import org.pressdesk.dailyrun.CommandLineRunMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** Pressdesk: queues press-office posts and publishes them through channel connectors. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PressdeskApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(PressdeskApplication.class, args);
        if (CommandLineRunMode.isOn(context.getEnvironment())) {
            // A command-line run: end with the run's exit code (0 when it COMPLETED).
            System.exit(SpringApplication.exit(context));
        }
    }
}
