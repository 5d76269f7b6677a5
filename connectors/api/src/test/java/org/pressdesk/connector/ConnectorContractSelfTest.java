package org.pressdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The contract itself, run against small in-memory connectors: a capability a connector lacks must
 * show as skipped (not as passed), and a connector that reports another channel id must fail.
 * The fixtures are nested classes, which Surefire does not run on their own.
 */
class ConnectorContractSelfTest {

    @Test
    void aConnectorWithoutThreadsKeysOrLengthLimitIsSkippedVisiblyNotPassed() {
        Map<String, TestExecutionResult.Status> results = run(PlainConnectorContract.class);

        assertThat(results).containsEntry("publishesAThreadInOrder()", TestExecutionResult.Status.ABORTED)
                .containsEntry("republishingWithTheSameKeySendsNoSecondCopyWhenIdempotent()",
                        TestExecutionResult.Status.ABORTED)
                .containsEntry("refusesATextOneOverItsLimit()", TestExecutionResult.Status.ABORTED)
                .containsEntry("refusesAThreadWhenItCannotThread()", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("channelIdIsTheConfiguredOne()", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("publishesAndReturnsAReceipt()", TestExecutionResult.Status.SUCCESSFUL)
                .containsEntry("readsTheEngagementOfItsOwnPublication()", TestExecutionResult.Status.ABORTED)
                .containsEntry("aConnectorWithoutEngagementSaysSoWhenAsked()", TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aConnectorThatThreadsSkipsTheNoThreadsCase() {
        assertThat(run(ThreadingConnectorContract.class))
                .containsEntry("refusesAThreadWhenItCannotThread()", TestExecutionResult.Status.ABORTED)
                .containsEntry("publishesAThreadInOrder()", TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aConnectorReportingAnotherChannelIdFailsTheContract() {
        assertThat(run(WrongIdConnectorContract.class))
                .containsEntry("channelIdIsTheConfiguredOne()", TestExecutionResult.Status.FAILED);
    }

    @Test
    void aConnectorThatCannotListItsPostsSkipsTheReconcileCasesButMustNeverClaimAPostItDidNotMake() {
        assertThat(run(PlainConnectorContract.class))
                .containsEntry("reconcilingFindsAPublicationWithItsReceipt()", TestExecutionResult.Status.ABORTED)
                .containsEntry("reconcilingFindsEveryPartOfAThread()", TestExecutionResult.Status.ABORTED)
                .containsEntry("reconcilingNeverFindsWhatWasNotPublished()", TestExecutionResult.Status.SUCCESSFUL);
        assertThat(run(ClaimsEverythingConnectorContract.class))
                .containsEntry("reconcilingNeverFindsWhatWasNotPublished()", TestExecutionResult.Status.FAILED);
    }

    /** Runs one contract class and answers each test method's outcome by its display name. */
    private static Map<String, TestExecutionResult.Status> run(Class<?> contract) {
        Map<String, TestExecutionResult.Status> results = new ConcurrentHashMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest()) {
                            results.put(test.getDisplayName(), result.getStatus());
                        }
                    }

                    @Override
                    public void executionSkipped(TestIdentifier test, String reason) {
                        results.put(test.getDisplayName(), TestExecutionResult.Status.ABORTED);
                    }
                });
        return results;
    }

    /** A channel with no threads, no idempotency keys, no length limit and no way to list its posts. */
    static class PlainConnectorContract extends ConnectorContractTest {

        final InMemoryConnector channel = new InMemoryConnector("plain", false, false);

        @Override
        protected Connector createConnector() {
            return channel;
        }

        @Override
        protected String configuredChannelId() {
            return "plain";
        }

        @Override
        protected List<String> textsReceivedByChannel() {
            return channel.received;
        }
    }

    static class ThreadingConnectorContract extends PlainConnectorContract {

        final InMemoryConnector threading = new InMemoryConnector("plain", true, false);

        @Override
        protected Connector createConnector() {
            return threading;
        }

        @Override
        protected List<String> textsReceivedByChannel() {
            return threading.received;
        }
    }

    static class WrongIdConnectorContract extends PlainConnectorContract {

        @Override
        protected String configuredChannelId() {
            return "configured-elsewhere";
        }
    }

    static class ClaimsEverythingConnectorContract extends PlainConnectorContract {

        final InMemoryConnector boastful = new InMemoryConnector("plain", false, true);

        @Override
        protected Connector createConnector() {
            return boastful;
        }

        @Override
        protected List<String> textsReceivedByChannel() {
            return boastful.received;
        }
    }

    /** Keeps what it publishes in a list; optionally claims to have published anything it is asked about. */
    static final class InMemoryConnector implements Connector {

        private final String channelId;
        private final boolean threads;
        private final boolean claimsEverything;
        final List<String> received = new CopyOnWriteArrayList<>();

        InMemoryConnector(String channelId, boolean threads, boolean claimsEverything) {
            this.channelId = channelId;
            this.threads = threads;
            this.claimsEverything = claimsEverything;
        }

        @Override
        public String channelId() {
            return channelId;
        }

        @Override
        public Capabilities capabilities() {
            return new Capabilities(0, LengthCounting.NONE, threads, false, java.time.Duration.ZERO, false);
        }

        @Override
        public List<Violation> validate(ChannelContent content) {
            return LengthRules.check(content, capabilities(), LengthRules::codePoints);
        }

        @Override
        public PublishReceipt publish(ChannelContent content, String idempotencyKey) {
            List<String> ids = new ArrayList<>();
            for (String part : content.parts()) {
                received.add(part);
                ids.add("id-" + received.size());
            }
            return new PublishReceipt(ids.getFirst(), URI.create("memory:" + ids.getFirst()), Instant.EPOCH, ids);
        }

        @Override
        public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
                throws PublishException {
            return claimsEverything ? Reconciliation.found(new PublishReceipt("id-0", null, Instant.EPOCH), "nothing")
                    : Connector.super.reconcile(content, idempotencyKey, firstAttemptAt);
        }

        @Override
        public Audience audience() {
            return Audience.NONE;
        }
    }
}
