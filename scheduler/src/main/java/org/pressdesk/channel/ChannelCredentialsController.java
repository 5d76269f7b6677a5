package org.pressdesk.channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pressdesk.security.Actor;
import org.pressdesk.apidoc.Refusal;
import org.pressdesk.system.OfficeTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A channel's credentials: which are set and where from ({@code GET}), enter or replace some ({@code PUT}, a JSON
 * object of name → value), drop those entered ({@code DELETE}, all or one name). Answers name credentials only.
 */
@Tag(name = "Channels")
@RestController
@RequestMapping("/api/channels/{id}/credentials")
class ChannelCredentialsController {


    private final ChannelCredentials credentials;
    private final OfficeTime time;

    ChannelCredentialsController(ChannelCredentials credentials, OfficeTime time) {
        this.credentials = credentials;
        this.time = time;
    }

    @Operation(operationId = "listChannelCredentials", summary = "List which credentials a channel has and where from, never their values")
    @GetMapping
    CredentialsView list(@PathVariable String id) {
        return view(id);
    }

    @Operation(operationId = "setChannelCredentials", summary = "Enter or replace some of a channel's credentials")
    @Refusal(status = HttpStatus.CONFLICT, when = "no credentials key is configured, so credentials cannot be entered")
    @PutMapping
    CredentialsView set(@PathVariable String id, @RequestBody Map<String, String> values, Principal principal) {
        credentials.set(id, values, Actor.of(principal));
        return view(id);
    }

    @Operation(operationId = "clearChannelCredentials", summary = "Drop every credential entered for a channel")
    @DeleteMapping
    CredentialsView clearAll(@PathVariable String id, Principal principal) {
        credentials.clear(id, Set.of(), Actor.of(principal));
        return view(id);
    }

    @Operation(operationId = "clearChannelCredential", summary = "Drop one credential entered for a channel")
    @DeleteMapping("/{name}")
    CredentialsView clear(@PathVariable String id, @PathVariable String name, Principal principal) {
        credentials.clear(id, Set.of(name), Actor.of(principal));
        return view(id);
    }

    private CredentialsView view(String id) {
        return new CredentialsView(id, credentials.canEnter(), credentials.names(id).stream()
                .map(name -> new NameView(name.name(), name.source(), time.show(name.updatedAt()), name.updatedBy(),
                        name.readable()))
                .toList());
    }


    /**
     * @param canEnter whether credentials may be entered (a key is configured)
     * @param set      each credential the channel has, by name; never a value
     */
    record CredentialsView(String channel, boolean canEnter, List<NameView> set) {
    }

    record NameView(String name, ChannelCredentials.Source source, OffsetDateTime updatedAt, String updatedBy,
                    boolean readable) {
    }
}
