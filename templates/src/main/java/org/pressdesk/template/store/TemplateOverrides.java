package org.pressdesk.template.store;

import java.util.List;
import java.util.Optional;
import org.pressdesk.template.TemplateKey;

/**
 * Where an office's template overrides are kept: in memory here, in the database in the scheduler.
 *
 * <p>The store keeps what it is given. Checking a template before it is saved is the job of
 * {@link org.pressdesk.template.TemplateLibrary#save}, which is what the API and the UI call; nothing else
 * should call {@link #save} directly. Implementations must be thread-safe, and should pass
 * {@code TemplateOverridesContractTest} from this module's test-jar.
 */
public interface TemplateOverrides {

    /**
     * The current override of a template.
     *
     * @param key the template
     * @return the override, or empty when the office uses the shipped default
     */
    Optional<TemplateOverride> find(TemplateKey key);

    /**
     * Stores a new version of a template's override.
     *
     * @param key     the template
     * @param source  its new source
     * @param savedBy who saves it; may be null
     * @return the stored override, its version one more than the previous one (1 for the first)
     */
    TemplateOverride save(TemplateKey key, String source, String savedBy);

    /**
     * Drops a template's override, so the shipped default applies again. A later {@link #save} continues
     * the version numbering, so a version never names two different sources.
     *
     * @param key the template
     * @return whether there was an override to drop
     */
    boolean delete(TemplateKey key);

    /**
     * Every current override, ordered by template id.
     *
     * @return the overrides; empty when the office uses only shipped defaults
     */
    List<TemplateOverride> findAll();
}
