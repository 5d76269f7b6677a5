package org.pressdesk.post;

import org.pressdesk.support.TestDatabase;

class PostRepositoryH2Test extends PostRepositoryContractTest {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
