package org.pressdesk.template.store;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pressdesk.template.TemplateKey;

/**
 * Overrides kept in memory: lost on restart. The reference implementation, and what an application
 * without a database gets.
 */
public final class InMemoryTemplateOverrides implements TemplateOverrides {

    private final Clock clock;
    private final Map<TemplateKey, TemplateOverride> current = new ConcurrentHashMap<>();
    private final Map<TemplateKey, Long> lastVersion = new ConcurrentHashMap<>();

    public InMemoryTemplateOverrides(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<TemplateOverride> find(TemplateKey key) {
        return Optional.ofNullable(current.get(key));
    }

    @Override
    public TemplateOverride save(TemplateKey key, String source, String savedBy) {
        // merge is atomic per key, so two concurrent saves get different versions.
        long version = lastVersion.merge(key, 1L, Long::sum);
        TemplateOverride saved = new TemplateOverride(key, source, version, clock.instant(), savedBy);
        current.merge(key, saved, (old, fresh) -> fresh.version() > old.version() ? fresh : old);
        return saved;
    }

    @Override
    public boolean delete(TemplateKey key) {
        return current.remove(key) != null;
    }

    @Override
    public List<TemplateOverride> findAll() {
        return current.values().stream().sorted(Comparator.comparing(override -> override.key().id())).toList();
    }
}
