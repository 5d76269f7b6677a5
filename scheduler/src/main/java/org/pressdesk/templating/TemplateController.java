package org.pressdesk.templating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pressdesk.channel.ChannelRegistry;
import org.pressdesk.channel.UnknownChannelException;
import org.pressdesk.connector.Connector;
import org.pressdesk.content.ContentKind;
import org.pressdesk.security.Actor;
import org.pressdesk.system.InvalidFieldException;
import org.pressdesk.system.OfficeTime;
import org.pressdesk.template.InvalidTemplateException;
import org.pressdesk.template.PostDraft;
import org.pressdesk.template.TemplateKey;
import org.pressdesk.template.TemplateLibrary;
import org.pressdesk.template.preview.PreviewService;
import org.pressdesk.template.store.TemplateOverride;
import org.pressdesk.template.store.TemplateOverrides;
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

/**
 * The office's templates: list them, read one with its shipped default, try an edit on a post
 * before saving it, save it (refused with line and reason when it does not parse), or go back to
 * the shipped default. Templates are named {@code medium/kind/language}, e.g.
 * {@code microblog/spokesperson-answer/zh-Hant}.
 */
@Tag(name = "Templates", description = "The templates posts are rendered with, and the office's own versions of them")
@RestController
@RequestMapping("/api/templates")
class TemplateController {

    private final TemplateLibrary library;
    private final TemplateOverrides overrides;
    private final PreviewService previews;
    private final ChannelRegistry channels;
    private final OfficeTime time;

    TemplateController(TemplateLibrary library, TemplateOverrides overrides, PreviewService previews,
                       ChannelRegistry channels, OfficeTime time) {
        this.library = library;
        this.overrides = overrides;
        this.previews = previews;
        this.channels = channels;
        this.time = time;
    }

    @Operation(operationId = "listTemplates", summary = "List the templates, shipped and the office's own")
    @GetMapping
    List<TemplateSummary> list() {
        return library.list().stream()
                .map(entry -> new TemplateSummary(entry.key().id(), entry.shipped(),
                        entry.override().map(override -> OverrideView.of(override, time)).orElse(null)))
                .toList();
    }

    @Operation(operationId = "getTemplate", summary = "Get a template's source and its shipped default")
    @GetMapping("/{medium}/{kind}/{language}")
    TemplateView get(@PathVariable String medium, @PathVariable String kind, @PathVariable String language) {
        TemplateKey key = key(medium, kind, language);
        String defaultSource = library.defaultSource(key).orElse(null);
        Optional<TemplateOverride> override = overrides.find(key);
        if (defaultSource == null && override.isEmpty()) {
            throw new TemplateNotFoundException(key);
        }
        return new TemplateView(key.id(), override.map(TemplateOverride::source).orElse(defaultSource), defaultSource,
                override.map(found -> OverrideView.of(found, time)).orElse(null));
    }

    @Operation(operationId = "saveTemplate", summary = "Save the office's version of a template")
    @PutMapping("/{medium}/{kind}/{language}")
    TemplateView save(@PathVariable String medium, @PathVariable String kind, @PathVariable String language,
                      @Valid @RequestBody SaveTemplate request, Principal principal) {
        TemplateKey key = key(medium, kind, language);
        TemplateOverride saved = refusingInvalid(
                () -> library.save(key, request.source(), Actor.of(principal, "actor", request.actor())));
        return new TemplateView(key.id(), saved.source(), library.defaultSource(key).orElse(null),
                OverrideView.of(saved, time));
    }

    @Operation(operationId = "revertTemplate", summary = "Go back to the shipped template")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{medium}/{kind}/{language}")
    ResponseEntity<Void> revert(@PathVariable String medium, @PathVariable String kind,
                                @PathVariable String language) {
        TemplateKey key = key(medium, kind, language);
        if (!library.revert(key)) {
            throw library.defaultSource(key).isPresent() ? TemplateNotFoundException.noOverride(key)
                    : new TemplateNotFoundException(key);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "previewTemplate", summary = "Try a template edit on a sample post, storing nothing")
    @PostMapping("/{medium}/{kind}/{language}/preview")
    List<RenderedVariant> preview(@PathVariable String medium, @PathVariable String kind, @PathVariable String language,
                               @Valid @RequestBody PreviewTemplate request) {
        TemplateKey key = key(medium, kind, language);
        List<Connector> targets = request.channels().stream().map(this::previewChannel).toList();
        PostDraft draft = new PostDraft(request.post().kind(), key.language(), request.post().title(),
                request.post().body(), null, time.now(), null, request.post().fields());
        return refusingInvalid(() -> previews.previewTemplate(key, request.source(), draft, targets)).variants()
                .stream().map(RenderedVariant::of).toList();
    }

    private static <T> T refusingInvalid(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidTemplateException refused) {
            throw new TemplateRefusedException(refused);
        }
    }

    /** A channel named in a preview's {@code channels}; an unknown one is that field's problem. */
    private Connector previewChannel(String channelId) {
        try {
            return channels.require(channelId);
        } catch (UnknownChannelException e) {
            throw new InvalidFieldException("channels", e.getMessage());
        }
    }

    private static TemplateKey key(String medium, String kind, String language) {
        try {
            return TemplateKey.parse(medium + "/" + kind + "/" + language);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("template", e.getMessage());
        }
    }

    record SaveTemplate(@NotBlank @Size(max = 65_536) String source, @Schema(description = Actor.FIELD_DESCRIPTION, deprecated = true)
                                                                     @Size(max = 100) String actor) {
    }

    record PreviewTemplate(@NotBlank @Size(max = 65_536) String source, @NotNull @Valid SamplePost post,
                           @NotEmpty List<@NotBlank String> channels) {
    }

    /** The post to try a template on. */
    record SamplePost(@NotNull ContentKind kind, @NotBlank @Size(max = 500) String title,
                      @NotBlank @Size(max = 20_000) String body, Map<String, String> fields) {
    }

    record TemplateSummary(String id, boolean shipped, OverrideView override) {
    }

    record TemplateView(String id, String source, String defaultSource, OverrideView override) {
    }

    record OverrideView(long version, OffsetDateTime savedAt, String savedBy) {
        static OverrideView of(TemplateOverride override, OfficeTime time) {
            return new OverrideView(override.version(), time.show(override.savedAt()), override.savedBy());
        }
    }
}
