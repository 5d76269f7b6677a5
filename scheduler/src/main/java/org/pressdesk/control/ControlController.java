package org.pressdesk.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.pressdesk.apidoc.Refusal;
import org.pressdesk.security.Actor;
import org.pressdesk.system.FieldProblems;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.system.RequestChecks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Emergency control: pause and resume publishing, everywhere or on one channel, and see what is paused. */
@Tag(name = "Emergency control", description = "Pause and resume publishing, everywhere or on one channel")
@RestController
@RequestMapping("/api/control")
class ControlController {

    private final PublishingControl control;
    private final ControlProperties properties;
    private final OfficeTime time;
    private final RequestChecks checks;

    ControlController(PublishingControl control, ControlProperties properties, OfficeTime time, RequestChecks checks) {
        this.control = control;
        this.properties = properties;
        this.time = time;
        this.checks = checks;
    }

    @Operation(operationId = "getPublishingControl", summary = "See whether publishing is paused, and where")
    @GetMapping
    ControlViews.ControlView status() {
        List<ControlViews.PauseView> paused = control.pauses().stream()
                .map(pause -> ControlViews.PauseView.of(pause, time)).toList();
        return new ControlViews.ControlView(ControlViews.Publishing.of(control.pauses()), paused,
                properties.staleness().toString());
    }

    @Operation(operationId = "listControlEvents", summary = "List the pauses and resumes")
    @GetMapping("/history")
    List<ControlViews.EventView> history() {
        return control.history().stream().map(event -> ControlViews.EventView.of(event, time)).toList();
    }

    @Operation(operationId = "pausePublishing", summary = "Pause publishing everywhere or on one channel")
    @Refusal(status = HttpStatus.CONFLICT, when = "that scope is paused already")
    @PostMapping("/pause")
    ControlViews.PauseView pause(Principal principal, @RequestBody ControlRequests.PauseRequest request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        problems.throwIfAny();
        String scope = control.scopeOf(request.scope());
        return ControlViews.PauseView.of(control.pause(scope, request.reason().strip(), actor), time);
    }

    @Operation(operationId = "resumePublishing", summary = "Resume publishing where it was paused")
    @Refusal(status = HttpStatus.CONFLICT, when = "that scope is not paused")
    @PostMapping("/resume")
    ControlViews.ResumedView resume(Principal principal, @RequestBody ControlRequests.ResumeRequest request) {
        FieldProblems problems = checks.of(request);
        String actor = problems.check("actor", () -> Actor.of(principal, "actor", request.actor()));
        problems.throwIfAny();
        String scope = control.scopeOf(request.scope());
        var held = control.resume(scope, actor, request.reason());
        return new ControlViews.ResumedView(scope.equals(Pause.ALL) ? "all" : scope,
                held.stream().map(target -> ControlViews.HeldView.of(target, time)).toList());
    }
}
