package org.pressdesk.dailyrun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * With {@code pressdesk.daily-run.demo-inbox} (the samples), the first start copies the shipped demo
 * transcripts into an inbox that does not exist yet, so a newcomer can start a run and see its posts.
 * An inbox that exists is the office's and is never touched.
 */
@Component
// Before Boot's job runner (order 0), so a command-line run on a first start imports the demo too.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoInbox implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);
    private static final String DEMO = "classpath:dailyrun/demo-inbox/*";

    private final DailyRunProperties properties;

    DemoInbox(DailyRunProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        Path inbox = properties.inbox();
        if (!properties.demoInbox() || Files.exists(inbox)) {
            return;
        }
        Files.createDirectories(inbox);
        Resource[] transcripts = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(DEMO);
        for (Resource transcript : transcripts) {
            try (InputStream in = transcript.getInputStream()) {
                Files.copy(in, inbox.resolve(transcript.getFilename()));
            }
        }
        log.info("Copied {} demo transcripts into {}: POST /api/runs {\"job\":\"dailyPublishingRun\",\"date\":\"yyyy-MM-dd\"} "
                + "imports them", transcripts.length, inbox.toAbsolutePath());
    }
}
