package org.pressdesk.template.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.TemplateKey;

/**
 * The templates shipped on the classpath, under {@value #ROOT}: {@code <medium>/<kind>.<language>.<txt|html>},
 * e.g. {@code microblog/spokesperson-answer.zh-Hant.txt} or {@code web/default.en.html}.
 */
public final class DefaultTemplates {

    public static final String ROOT = "org/pressdesk/template/defaults/";

    private final ClassLoader classLoader;
    private final Map<TemplateKey, Optional<String>> loaded = new ConcurrentHashMap<>();

    public DefaultTemplates() {
        this(DefaultTemplates.class.getClassLoader());
    }

    public DefaultTemplates(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The classpath resource that holds a key's default. */
    public static String resourceName(TemplateKey key) {
        return ROOT + key.medium().id() + "/" + key.kindId() + "." + key.language().tag() + "."
                + (key.medium().html() ? "html" : "txt");
    }

    /**
     * The shipped source of a template.
     *
     * @return the source, or empty when nothing is shipped for exactly this key
     */
    public Optional<String> find(TemplateKey key) {
        return loaded.computeIfAbsent(key, this::load);
    }

    /** Every key something is shipped for, medium defaults included, in a stable order. */
    public List<TemplateKey> keys() {
        List<TemplateKey> keys = new ArrayList<>();
        for (Medium medium : Medium.values()) {
            for (ContentLanguage language : ContentLanguage.values()) {
                keys.add(TemplateKey.defaultFor(medium, language));
                for (ContentKind kind : ContentKind.values()) {
                    keys.add(TemplateKey.of(medium, kind, language));
                }
            }
        }
        return keys.stream().filter(key -> find(key).isPresent()).toList();
    }

    private Optional<String> load(TemplateKey key) {
        try (InputStream in = classLoader.getResourceAsStream(resourceName(key))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName(key), e);
        }
    }
}
