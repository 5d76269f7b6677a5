package org.pressdesk.dailyrun;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import org.pressdesk.system.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Starts the run for the office's date when {@code pressdesk.daily-run.cron} says, in the office's zone.
 * Every node may have it on: the date's run starts once, and the other nodes are refused as a second
 * start would be.
 */
class DailyRunCron implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DailyRunCron.class);

    private final RunLauncher launcher;
    private final OfficeTime time;
    private final CronTrigger trigger;
    private SimpleAsyncTaskScheduler scheduler;
    private ScheduledFuture<?> schedule;

    DailyRunCron(DailyRunProperties properties, RunLauncher launcher, OfficeTime time) {
        this.launcher = launcher;
        this.time = time;
        ZoneId zone = time.zone(null);
        try {
            this.trigger = properties.scheduled() ? new CronTrigger(properties.cron().strip(), zone) : null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pressdesk.daily-run.cron '" + properties.cron() + "' is not a cron "
                    + "expression (six fields: second minute hour day month weekday, e.g. 0 30 17 * * MON-FRI): "
                    + e.getMessage(), e);
        }
    }

    /** When the cron next starts a run after this instant, or empty when it is off. */
    java.util.Optional<java.time.Instant> nextStartAfter(java.time.Instant after) {
        if (trigger == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(trigger.nextExecution(new org.springframework.scheduling.support
                .SimpleTriggerContext(java.time.Clock.fixed(after, time.zone(null)))));
    }

    @Override
    public synchronized void start() {
        if (trigger == null || scheduler != null) {
            return;
        }
        scheduler = new SimpleAsyncTaskScheduler();
        scheduler.setVirtualThreads(true);
        scheduler.setThreadNamePrefix("daily-run-cron-");
        schedule = scheduler.schedule(this::startToday, trigger);
        log.info("The daily publishing run starts by itself at '{}' ({})", trigger.getExpression(), time.zone(null));
    }

    void startToday() {
        LocalDate today = time.now().atZone(time.zone(null)).toLocalDate();
        try {
            log.info("Starting the daily publishing run for {} (run {})", today, launcher.start(today).getId());
        } catch (RunConflictException e) {
            log.info("The daily publishing run for {} was not started here: {}", today, e.getMessage());
        } catch (RuntimeException e) {
            log.error("The daily publishing run for {} could not be started", today, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        if (scheduler != null) {
            scheduler.close();
        }
        scheduler = null;
        schedule = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
