package org.pressdesk.queue;

class InMemoryPublishQueueTest extends PublishQueueContractTest {

    @Override
    protected PublishQueue emptyQueue() {
        return new InMemoryPublishQueue();
    }
}
