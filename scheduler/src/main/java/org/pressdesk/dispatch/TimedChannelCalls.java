package org.pressdesk.dispatch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.pressdesk.connector.PublishException;

/** Calls to a channel, each on its own thread so that none can outlast the publish timeout. */
final class TimedChannelCalls {

    private final ExecutorService calls;
    private final Duration timeout;

    TimedChannelCalls(ExecutorService calls, Duration timeout) {
        this.calls = calls;
        this.timeout = timeout;
    }

    /**
     * Makes one call and waits for it at most the publish timeout.
     *
     * @param call     the connector call
     * @param noAnswer what a timeout, an interruption or a connector bug counts as (for a publication: an unknown
     *                 outcome; for a look at the channel: a transient failure)
     * @throws PublishException what the connector threw, or {@code noAnswer}'s exception
     */
    <T> T call(Callable<T> call, BiFunction<String, Throwable, PublishException> noAnswer) throws PublishException {
        Future<T> running;
        try {
            running = calls.submit(call);
        } catch (RejectedExecutionException shuttingDown) {
            throw new PublishException.Transient("this node is shutting down; the channel was not called",
                    shuttingDown);
        }
        try {
            return running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PublishException failure) {
                throw failure;
            }
            throw noAnswer.apply("the connector failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            running.cancel(true);
            throw noAnswer.apply("no answer from the channel within "
                    + (timeout.toMillisPart() == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms"), e);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw noAnswer.apply("interrupted while waiting for the channel", e);
        }
    }
}
