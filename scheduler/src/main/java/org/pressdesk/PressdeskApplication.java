package org.pressdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pressdesk: queues press-office posts and publishes them through channel connectors. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PressdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(PressdeskApplication.class, args);
    }
}
