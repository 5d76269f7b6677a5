package org.pressdesk.channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.pressdesk.connector.AccountStatus;
import org.pressdesk.connector.Capabilities;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.system.OfficeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the configured channel accounts, so clients can offer them when composing a post. */
@Tag(name = "Channels", description = "The channel accounts posts go to, and their credentials")
@RestController
@RequestMapping("/api/channels")
class ChannelController {

    private final ChannelRegistry channels;
    private final ChannelPauses pauses;
    private final OfficeTime time;
    private final ChannelCredentials credentials;

    ChannelController(ChannelRegistry channels, ObjectProvider<ChannelPauses> pauses, OfficeTime time,
                      ChannelCredentials credentials) {
        this.channels = channels;
        this.pauses = pauses.getIfAvailable(() -> ChannelPauses.NONE);
        this.time = time;
        this.credentials = credentials;
    }

    @Operation(operationId = "listChannels", summary = "List the channel accounts with their capabilities and state")
    @GetMapping
    List<ChannelView> list() {
        return channels.accounts().stream()
                .map(account -> {
                    Connector connector = channels.require(account.id());
                    Optional<ChannelPauses.PauseNote> pause = pauses.pauseOf(account.id());
                    return new ChannelView(account.id(), account.type(), account.displayName(),
                            CapabilitiesView.of(connector.capabilities()), pause.isPresent() ? "paused" : "active",
                            pause.map(note -> PauseView.of(note, time)).orElse(null),
                            AccountView.of(connector.accountStatus(), time),
                            !credentials.names(account.id()).isEmpty());
                })
                .toList();
    }

    /**
     * @param status  {@code active}, or {@code paused} (by a person, the platform's quota or refused credentials)
     * @param pause   why and since when, while paused
     * @param account what the platform last told about the account's credentials and quota
     * @param credentialsSet whether the channel has credentials, configured or entered in the application; never
     *                       which, never their values ({@code GET /api/channels/{id}/credentials} names them)
     */
    record ChannelView(String id, String type, String displayName, CapabilitiesView capabilities, String status,
                       PauseView pause, AccountView account, boolean credentialsSet) {
    }

    @Schema(name = "ChannelPause") // not ControlViews.PauseView's name: the document names each schema once
    record PauseView(String scope, String cause, String reason, String pausedBy, OffsetDateTime pausedAt,
                     OffsetDateTime resumeAt) {

        static PauseView of(ChannelPauses.PauseNote note, OfficeTime time) {
            return new PauseView(note.scope(), note.cause(), note.reason(), note.pausedBy(), time.show(note.pausedAt()),
                    time.show(note.resumeAt()));
        }
    }

    /**
     * Every member null when the platform has not said.
     *
     * @param tokenExpiresAt when the access token stops working
     * @param quotaRemaining calls left in the platform's current window
     * @param quotaResetsAt  when that window starts again
     * @param learnedAt      when the platform said so
     */
    record AccountView(OffsetDateTime tokenExpiresAt, Integer quotaRemaining, OffsetDateTime quotaResetsAt,
                       OffsetDateTime learnedAt) {

        static AccountView of(AccountStatus status, OfficeTime time) {
            return new AccountView(time.show(status.tokenExpiresAt()), status.quotaRemaining(),
                    time.show(status.quotaResetsAt()), time.show(status.learnedAt()));
        }
    }

    /**
     * A channel's capabilities as clients read them.
     *
     * @param idempotencyWindow how long the channel honours an idempotency key: an ISO-8601 duration, {@code forever},
     *                          or null when it has no keys
     */
    record CapabilitiesView(int maxLength, LengthCounting lengthCounting, boolean threads, boolean media,
                            boolean idempotentPublish, String idempotencyWindow, boolean audience) {

        static CapabilitiesView of(Capabilities capabilities) {
            String window = !capabilities.idempotentPublish() ? null
                    : capabilities.idempotencyWindow().equals(Capabilities.KEY_KEPT_FOREVER) ? "forever"
                    : capabilities.idempotencyWindow().toString();
            return new CapabilitiesView(capabilities.maxLength(), capabilities.lengthCounting(), capabilities.threads(),
                    capabilities.media(), capabilities.idempotentPublish(), window, capabilities.audience());
        }
    }
}
