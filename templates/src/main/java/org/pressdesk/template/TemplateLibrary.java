package org.pressdesk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.TemplateOverride;
import org.pressdesk.template.store.TemplateOverrides;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's templates: shipped defaults with its overrides on top. Choosing a template for a post
 * goes, first match wins:
 * <ol>
 *   <li>the override of the post's medium, kind and language;</li>
 *   <li>the shipped default of the same;</li>
 *   <li>the override of the medium's default template in that language;</li>
 *   <li>the shipped medium default in that language (shipped for every medium and language).</li>
 * </ol>
 * Saving checks the source first (see {@link #check}); the template editor and the API go through here,
 * never straight to {@link TemplateOverrides}.
 */
public final class TemplateLibrary {

    private static final Logger log = LoggerFactory.getLogger(TemplateLibrary.class);

    private final DefaultTemplates defaults;
    private final TemplateOverrides overrides;
    private final ThymeleafTemplates engine;

    public TemplateLibrary(DefaultTemplates defaults, TemplateOverrides overrides) {
        this(defaults, overrides, new ThymeleafTemplates());
    }

    TemplateLibrary(DefaultTemplates defaults, TemplateOverrides overrides, ThymeleafTemplates engine) {
        this.defaults = defaults;
        this.overrides = overrides;
        this.engine = engine;
    }

    /**
     * The template that renders posts of this key, following the fallbacks in the class comment.
     *
     * @throws IllegalStateException when not even the medium default exists (a broken build)
     */
    public ResolvedTemplate resolve(TemplateKey key) {
        return exactly(key).or(() -> key.isDefault() ? Optional.empty() : exactly(key.fallback()))
                .orElseThrow(() -> new IllegalStateException("no template for " + key + " nor "
                        + key.fallback() + " on the classpath " + DefaultTemplates.ROOT));
    }

    /** The template stored for exactly this key, override first, without falling back to the medium default. */
    public Optional<ResolvedTemplate> exactly(TemplateKey key) {
        Optional<TemplateOverride> override = overrides.find(key);
        if (override.isPresent()) {
            return Optional.of(new ResolvedTemplate(
                    new TemplateRef(key, TemplateRef.Origin.OVERRIDE, override.get().version()), override.get().source()));
        }
        return defaults.find(key).map(source -> new ResolvedTemplate(new TemplateRef(key, TemplateRef.Origin.DEFAULT, 0),
                source));
    }

    /** The shipped source of exactly this key, for the editor's "compare with default" and "revert". */
    public Optional<String> defaultSource(TemplateKey key) {
        return defaults.find(key);
    }

    /**
     * Every template the office has: those shipped and those it added (an override for a kind that ships
     * none), ordered by id.
     */
    public List<Entry> list() {
        Map<String, Entry> entries = new TreeMap<>();
        for (TemplateKey key : defaults.keys()) {
            entries.put(key.id(), new Entry(key, true, overrides.find(key)));
        }
        for (TemplateOverride override : overrides.findAll()) {
            entries.putIfAbsent(override.key().id(),
                    new Entry(override.key(), defaults.find(override.key()).isPresent(), Optional.of(override)));
        }
        return new ArrayList<>(entries.values());
    }

    /**
     * Checks a source without saving it: it must parse, and render the sample posts of its key (one with
     * every field, one with none) on channels of both hashtag styles.
     *
     * @throws InvalidTemplateException with the line, column and reason of the first problem
     */
    public void check(TemplateKey key, String source) {
        try {
            engine.check(key, source);
        } catch (InvalidTemplateException e) {
            log.info("Template refused: {}", e.getMessage());
            throw e;
        }
    }

    /**
     * Checks and saves an override.
     *
     * @throws InvalidTemplateException when the source is refused; nothing is saved then
     */
    public TemplateOverride save(TemplateKey key, String source, String savedBy) {
        check(key, source);
        return overrides.save(key, source, savedBy);
    }

    /**
     * Drops an override so the shipped default applies again.
     *
     * @return whether there was one
     */
    public boolean revert(TemplateKey key) {
        return overrides.delete(key);
    }

    ThymeleafTemplates engine() {
        return engine;
    }

    /**
     * One template as the editor lists it.
     *
     * @param key      the template
     * @param shipped  whether a default is shipped for exactly this key
     * @param override the office's override, if any
     */
    public record Entry(TemplateKey key, boolean shipped, Optional<TemplateOverride> override) {
    }
}
