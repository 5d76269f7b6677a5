package org.pressdesk.template.store;

import java.time.Clock;

class InMemoryTemplateOverridesTest extends TemplateOverridesContractTest {

    @Override
    protected TemplateOverrides createOverrides(Clock clock) {
        return new InMemoryTemplateOverrides(clock);
    }
}
