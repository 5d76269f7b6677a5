package org.pressdesk.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.pressdesk.apidoc.Refusal;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.PublishableText;
import org.pressdesk.system.RequestChecks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The users API (admins only): people, their roles, and their personal API tokens. */
@Tag(name = "Users", description = "People, their roles and their personal API tokens (admins only)")
@RestController
@RequestMapping("/api/users")
class StaffController {

    private final StaffUsers users;
    private final ApiTokens tokens;
    private final StaffAdministration admin;
    private final RequestChecks checks;
    private final OfficeTime time;

    StaffController(StaffUsers users, ApiTokens tokens, StaffAdministration admin, RequestChecks checks,
                    OfficeTime time) {
        this.users = users;
        this.tokens = tokens;
        this.admin = admin;
        this.checks = checks;
        this.time = time;
    }

    /**
     * @param password the first password, which the person must replace when they first sign in
     * @param roles    EDITOR, APPROVER, ADMIN
     */
    record CreateUser(@NotBlank @Size(max = 100) @PublishableText(name = true) String username,
                      @Size(max = 200) @PublishableText String displayName,
                      @NotBlank String password,
                      @NotNull List<@NotBlank String> roles) {

        @Override
        public String toString() {
            return "CreateUser[username=" + username + ", roles=" + roles + "]";
        }
    }

    record SetRoles(@NotNull List<@NotBlank String> roles) {
    }

    record ResetPassword(@NotBlank String password) {

        @Override
        public String toString() {
            return "ResetPassword[]";
        }
    }

    record IssueToken(@NotBlank @Size(max = 100) @PublishableText String name) {
    }

    @Operation(operationId = "listUsers", summary = "List the staff users")
    @GetMapping
    List<StaffViews.UserView> list() {
        return users.all().stream().map(user -> StaffViews.UserView.of(user, time)).toList();
    }

    @Operation(operationId = "getUser", summary = "Get a user")
    @GetMapping("/{username}")
    StaffViews.UserView get(@PathVariable String username) {
        return StaffViews.UserView.of(users.get(username), time);
    }

    @Operation(operationId = "createUser", summary = "Create a user with a first password and roles")
    @Refusal(status = HttpStatus.CONFLICT, when = "the username is taken")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<StaffViews.UserView> create(Principal principal, @RequestBody CreateUser request) {
        FieldProblems problems = checks.of(request);
        Set<StaffRole> roles = problems.check("roles", () -> StaffAdministration.roles("roles", request.roles()));
        problems.throwIfAny();
        StaffUser created = admin.create(Actor.of(principal), request.username(), request.displayName(),
                request.password(), roles);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{username}")
                .buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).body(StaffViews.UserView.of(created, time));
    }

    @Operation(operationId = "setUserRoles", summary = "Set a user's roles")
    @Refusal(status = HttpStatus.CONFLICT, when = "an admin would take away their own admin role")
    @PutMapping("/{username}/roles")
    StaffViews.UserView setRoles(Principal principal, @PathVariable String username, @RequestBody SetRoles request) {
        FieldProblems problems = checks.of(request);
        Set<StaffRole> roles = problems.check("roles", () -> StaffAdministration.roles("roles", request.roles()));
        problems.throwIfAny();
        return StaffViews.UserView.of(admin.setRoles(Actor.of(principal), username, roles), time);
    }

    @Operation(operationId = "disableUser", summary = "Disable a user, who can then no longer sign in")
    @Refusal(status = HttpStatus.CONFLICT, when = "an admin would disable themselves")
    @PostMapping("/{username}/disable")
    StaffViews.UserView disable(Principal principal, @PathVariable String username) {
        return StaffViews.UserView.of(admin.setEnabled(Actor.of(principal), username, false), time);
    }

    @Operation(operationId = "enableUser", summary = "Enable a disabled user")
    @PostMapping("/{username}/enable")
    StaffViews.UserView enable(Principal principal, @PathVariable String username) {
        return StaffViews.UserView.of(admin.setEnabled(Actor.of(principal), username, true), time);
    }

    /** A new one-time password; the person must replace it when they next sign in. */
    @Operation(operationId = "resetUserPassword", summary = "Give a user a new one-time password")
    @PostMapping("/{username}/password")
    StaffViews.UserView resetPassword(Principal principal, @PathVariable String username,
                                      @RequestBody ResetPassword request) {
        checks.of(request).throwIfAny();
        return StaffViews.UserView.of(admin.resetPassword(Actor.of(principal), username, request.password()), time);
    }

    @Operation(operationId = "listApiTokens", summary = "List a user's API tokens, never the tokens themselves")
    @GetMapping("/{username}/tokens")
    List<StaffViews.TokenView> tokens(@PathVariable String username) {
        return tokens.of(username).stream().map(token -> StaffViews.TokenView.of(token, time)).toList();
    }

    /** Issues a token; the answer carries it this once, only its hash is kept. */
    @Operation(operationId = "issueApiToken", summary = "Issue a personal API token, shown this once")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{username}/tokens")
    ResponseEntity<StaffViews.IssuedTokenView> issue(Principal principal, @PathVariable String username,
                                                     @RequestBody IssueToken request) {
        checks.of(request).throwIfAny();
        IssuedToken issued = admin.issueToken(Actor.of(principal), username, request.name());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(issued.token().id()).toUri();
        return ResponseEntity.created(location).body(StaffViews.IssuedTokenView.of(issued, time));
    }

    @Operation(operationId = "getApiToken", summary = "Get one of a user's API tokens, without the token")
    @GetMapping("/{username}/tokens/{id}")
    StaffViews.TokenView token(@PathVariable String username, @PathVariable long id) {
        return StaffViews.TokenView.of(tokens.get(username, id), time);
    }

    /** Revokes a token at once: the next request with it gets 401. */
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token at once")
    @DeleteMapping("/{username}/tokens/{id}")
    StaffViews.TokenView revoke(Principal principal, @PathVariable String username, @PathVariable long id) {
        return StaffViews.TokenView.of(admin.revokeToken(Actor.of(principal), username, id), time);
    }
}
