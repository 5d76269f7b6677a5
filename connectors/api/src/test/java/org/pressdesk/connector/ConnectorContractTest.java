package org.pressdesk.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;

/**
 * The behaviour every {@link Connector} owes the dispatcher. A connector's test extends this class
 * and supplies the connector plus a view of what its channel received; the class ships in this
 * module's test-jar so connectors in other jars run the same contract.
 *
 * <p>A case that needs a capability the connector lacks (threads, idempotency keys, a length limit,
 * reading its own posts back) is skipped with a JUnit assumption, so it shows as skipped, never as passed.
 */
public abstract class ConnectorContractTest {

    protected static final Instant SCHEDULED_AT = Instant.parse("2011-12-30T07:00:00Z");

    private Connector connector;

    /** A fresh connector whose channel accepts publications. Called once per test. */
    protected abstract Connector createConnector() throws Exception;

    /** The channel id the test configured ({@code pressdesk.channels.<id>}); the connector must report exactly it. */
    protected abstract String configuredChannelId();

    /**
     * Whether the connector settles an unknown outcome by reading the account's own posts back
     * ({@link Connector#reconcile}), and the test's fake channel lists what it received. Connectors
     * that keep the SPI's default (a person decides) leave it false and the reconcile cases are skipped.
     */
    protected boolean listsItsOwnPosts() {
        return false;
    }

    /**
     * Every text the channel received, one element per part, in the order received. Used to prove
     * that nothing was sent twice or out of order.
     */
    protected abstract List<String> textsReceivedByChannel() throws Exception;

    /**
     * Makes the test's fake channel show these counts for one of the account's publications. Connectors that
     * {@link Connector#supportsEngagement() read engagement} override it; the engagement case is skipped otherwise.
     *
     * @param remoteId the publication's id, from its receipt
     */
    protected void givenEngagement(String remoteId, long likes, long reposts, long replies) throws Exception {
        throw new UnsupportedOperationException("override givenEngagement to test engagement reads");
    }

    /** A short text this channel accepts as it is. */
    protected String acceptableText() {
        return "外交部發言人洪磊就伊朗與六國對話等答記者問";
    }

    @BeforeEach
    void createConnectorUnderTest() throws Exception {
        connector = createConnector();
    }

    protected Connector connector() {
        return connector;
    }

    protected ChannelContent content(String... parts) {
        return new ChannelContent(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT, "答記者問",
                List.of(parts), null, SCHEDULED_AT, "press-conference:2011-12-30#1");
    }

    /**
     * Asserts each text of {@code atLimit} measures exactly {@code limit} and is accepted, and each of
     * {@code oneOver} is refused as too long: the edge cases every length-counting channel needs.
     */
    protected void assertAcceptsAtLimitAndRefusesOneOver(int limit, Map<String, String> atLimit,
                                                        Map<String, String> oneOver) {
        atLimit.forEach((name, text) -> {
            assertThat(connector.length(text)).as(name).isEqualTo(limit);
            assertThat(connector.validate(content(text))).as(name).isEmpty();
        });
        oneOver.forEach((name, text) -> assertThat(connector.validate(content(text))).as(name)
                .extracting(Violation::code).containsExactly(Violation.TOO_LONG));
    }

    @Test
    void channelIdIsTheConfiguredOne() {
        assertThat(connector.channelId()).isEqualTo(configuredChannelId());
    }

    @Test
    void acceptsAShortText() {
        assertThat(connector.validate(content(acceptableText()))).isEmpty();
    }

    @Test
    void refusesAnEmptyText() {
        assertThat(connector.validate(content("  ")))
                .extracting(Violation::code).contains(Violation.EMPTY);
    }

    @Test
    void refusesATextOneOverItsLimit() {
        Capabilities capabilities = connector.capabilities();
        assumeTrue(capabilities.limitsLength(), "the channel has no length limit");
        assumeFalse(capabilities.lengthCounting() == LengthCounting.READ_TIME_SECONDS,
                "the channel limits read-aloud time, not characters");
        String overLimit = "a".repeat(capabilities.maxLength() * 2 + 1);
        assertThat(connector.validate(content(overLimit)))
                .extracting(Violation::code).contains(Violation.TOO_LONG);
    }

    @Test
    void refusesAThreadWhenItCannotThread() {
        assumeFalse(connector.capabilities().threads(), "the channel can publish threads");
        assertThat(connector.validate(content(acceptableText(), acceptableText()))).isNotEmpty();
    }

    @Test
    void publishesAndReturnsAReceipt() throws Exception {
        PublishReceipt receipt = connector.publish(content(acceptableText()), "key-single");

        assertThat(receipt.remoteId()).isNotBlank();
        assertThat(receipt.partIds()).hasSize(1);
        assertThat(String.join("\n", textsReceivedByChannel())).contains(acceptableText());
    }

    @Test
    void publishesAThreadInOrder() throws Exception {
        assumeTrue(connector.capabilities().threads(), "the channel cannot publish threads");
        PublishReceipt receipt = connector.publish(content("第一部分。" + acceptableText(), "第二部分。" + acceptableText()),
                "key-thread");

        assertThat(receipt.partIds()).hasSize(2).doesNotHaveDuplicates();
        List<String> received = textsReceivedByChannel();
        String all = String.join("\n", received);
        assertThat(all.indexOf("第一部分")).isGreaterThanOrEqualTo(0).isLessThan(all.indexOf("第二部分"));
    }

    @Test
    void republishingWithTheSameKeySendsNoSecondCopyWhenIdempotent() throws Exception {
        assumeTrue(connector.capabilities().idempotentPublish(), "the channel has no idempotency keys");
        PublishReceipt first = connector.publish(content(acceptableText()), "key-repeat");
        int receivedAfterFirst = textsReceivedByChannel().size();

        PublishReceipt second = connector.publish(content(acceptableText()), "key-repeat");

        assertThat(second.remoteId()).isEqualTo(first.remoteId());
        assertThat(textsReceivedByChannel()).hasSize(receivedAfterFirst);
    }

    @Test
    void differentKeysArePublishedSeparately() throws Exception {
        PublishReceipt first = connector.publish(content(acceptableText()), "key-a");
        PublishReceipt second = connector.publish(content(acceptableText() + " 2"), "key-b");

        assertThat(second.remoteId()).isNotEqualTo(first.remoteId());
    }

    @Test
    void reconcilingFindsAPublicationWithItsReceipt() throws Exception {
        assumeTrue(listsItsOwnPosts(), "the connector cannot list the account's own posts");
        PublishReceipt published = connector.publish(content(acceptableText()), "key-reconcile");

        Reconciliation reconciled = connector.reconcile(content(acceptableText()), "key-reconcile", SCHEDULED_AT);

        assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class, found -> {
            assertThat(found.receipt().remoteId()).isEqualTo(published.remoteId());
            assertThat(found.receipt().partIds()).isEqualTo(published.partIds());
            assertThat(found.checked()).isNotBlank();
        });
    }

    @Test
    void reconcilingFindsEveryPartOfAThread() throws Exception {
        assumeTrue(listsItsOwnPosts(), "the connector cannot list the account's own posts");
        assumeTrue(connector.capabilities().threads(), "the channel cannot publish threads");
        ChannelContent thread = content("第一部分。" + acceptableText(), "第二部分。" + acceptableText());
        PublishReceipt published = connector.publish(thread, "key-reconcile-thread");

        Reconciliation reconciled = connector.reconcile(thread, "key-reconcile-thread", SCHEDULED_AT);

        assertThat(reconciled).isInstanceOfSatisfying(Reconciliation.Found.class,
                found -> assertThat(found.receipt().partIds()).isEqualTo(published.partIds()));
    }

    /** Every connector, whether it can look or not: claiming a post that was never made would lose it. */
    @Test
    void reconcilingNeverFindsWhatWasNotPublished() throws Exception {
        connector.publish(content(acceptableText()), "key-published");

        Reconciliation reconciled = connector.reconcile(content("未曾發布。" + acceptableText()), "key-never",
                SCHEDULED_AT);

        assertThat(reconciled).isNotInstanceOf(Reconciliation.Found.class);
        assertThat(reconciled.checked()).isNotBlank();
    }

    @Test
    void reportsAudienceOnlyWhereTheChannelHasOne() throws Exception {
        Audience audience = connector.audience();
        if (connector.capabilities().audience()) {
            assertThat(audience.followers()).isPresent();
            assertThat(audience.followers().getAsLong()).isNotNegative();
        } else {
            assertThat(audience.followers()).isEmpty();
        }
    }

    @Test
    void readsTheEngagementOfItsOwnPublication() throws Exception {
        assumeTrue(connector.supportsEngagement(), "the connector cannot read engagement");
        PublishReceipt receipt = connector.publish(content(acceptableText()), "engagement-key");
        givenEngagement(receipt.remoteId(), 7, 3, 2);

        Engagement engagement = connector.engagement(receipt.remoteId());

        assertThat(engagement.likes()).isEqualTo(7);
        assertThat(engagement.reposts()).isEqualTo(3);
        assertThat(engagement.replies()).isEqualTo(2);
        assertThat(engagement.readAt()).isNotNull();
    }

    @Test
    void aConnectorWithoutEngagementSaysSoWhenAsked() {
        assumeFalse(connector.supportsEngagement(), "the connector reads engagement");
        assertThatThrownBy(() -> connector.engagement("any")).isInstanceOf(UnsupportedOperationException.class);
    }
}
