package org.pressdesk.connector.dryrun;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.pressdesk.connector.Audience;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.connector.Reconciliation;
import org.pressdesk.connector.TemplateHints;
import org.pressdesk.connector.Violation;
import org.pressdesk.connector.Withdrawal;
import org.pressdesk.connector.outbox.OutboxConnector;

/**
 * A platform channel in dry-run mode: it validates and counts exactly as the platform (its
 * {@link PlatformRules}) and refuses at publishing what the platform would refuse, but writes each
 * publication into a folder (through an {@link OutboxConnector}) instead of calling the platform.
 *
 * <p>Its capabilities are the platform's, except what depends on the account: the files are named
 * after the idempotency key and kept, so a re-send never writes twice (the key is kept forever), and
 * there are no followers.
 */
public final class DryRunConnector implements Connector {

    private final String channelId;
    private final PlatformRules rules;
    private final OutboxConnector folder;
    private final Capabilities capabilities;

    public DryRunConnector(String channelId, PlatformRules rules, OutboxConnector folder) {
        this.channelId = channelId;
        this.rules = rules;
        this.folder = folder;
        Capabilities platform = rules.capabilities();
        this.capabilities = new Capabilities(platform.maxLength(), platform.lengthCounting(), platform.threads(),
                platform.media(), folder.capabilities().idempotencyWindow(), false);
    }

    @Override
    public String channelId() {
        return channelId;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public int length(String text) {
        return rules.length(text);
    }

    @Override
    public TemplateHints templateHints() {
        return rules.templateHints();
    }

    @Override
    public List<Violation> validate(ChannelContent content) {
        return rules.validate(content);
    }

    /** Writes the file, unless the platform would refuse the content: then nothing is written, as nothing would be posted. */
    @Override
    public PublishReceipt publish(ChannelContent content, String idempotencyKey) throws PublishException {
        List<Violation> violations = rules.validate(content);
        if (!violations.isEmpty()) {
            throw new PublishException.Permanent(rules.platform() + " would refuse this (dry run, nothing written): "
                    + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        }
        return folder.publish(content, idempotencyKey);
    }

    /** The outbox's file named after the key is the publication: there or not. */
    @Override
    public Reconciliation reconcile(ChannelContent content, String idempotencyKey, Instant firstAttemptAt)
            throws PublishException {
        return folder.reconcile(content, idempotencyKey, firstAttemptAt);
    }

    @Override
    public boolean canWithdraw() {
        return true;
    }

    /** Writes the outbox's tombstone beside the file, where a real channel would delete the post. */
    @Override
    public Withdrawal withdraw(PublishReceipt receipt, String idempotencyKey) throws PublishException {
        return folder.withdraw(receipt, idempotencyKey);
    }

    @Override
    public Audience audience() {
        return Audience.NONE;
    }

    @Override
    public String toString() {
        return "DryRunConnector[" + channelId + " as " + rules.platform() + "]";
    }
}
