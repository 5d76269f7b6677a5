package org.pressdesk.dailyrun;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar pressdesk.jar --spring.batch.job.name=dailyPublishingRun date=2011-12-30}: Boot's job
 * runner runs the job and the process ends with its exit code (0 when COMPLETED). In that mode the
 * application is a command, not a server: no web server, no dispatcher, no cron, so nothing keeps the
 * JVM alive once the run ended. Without the job name Boot's runner is off, so the server never starts
 * a run by itself at start-up.
 */
public class CommandLineRunMode implements EnvironmentPostProcessor {

    private static final String JOB_NAME = "spring.batch.job.name";

    /** Whether this process was started to run a job and end. */
    public static boolean isOn(Environment environment) {
        String name = environment.getProperty(JOB_NAME);
        return name != null && !name.isBlank();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (isOn(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("pressdesk-command-line-run", Map.of(
                    "spring.main.web-application-type", "none",
                    "spring.batch.job.enabled", "true",
                    "pressdesk.dispatch.enabled", "false",
                    "pressdesk.daily-run.cron", "-")));
        }
    }
}
