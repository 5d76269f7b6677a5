package org.pressdesk.dispatch;

/**
 * The application's own dispatch loop around a dispatcher wired by hand, for tools outside this package
 * ({@code bench/queue}) that must poll exactly as a node does.
 */
public final class RunningDispatchLoop implements AutoCloseable {

    private final DispatchLoop loop;

    private RunningDispatchLoop(DispatchLoop loop) {
        this.loop = loop;
    }

    /** Starts polling at once, as a node's context does when it starts. */
    public static RunningDispatchLoop start(Dispatcher dispatcher, DispatchProperties properties) {
        DispatchLoop loop = new DispatchLoop(dispatcher, properties);
        loop.start();
        return new RunningDispatchLoop(loop);
    }

    /** Stops as a node's context does: nothing more claimed, publications in flight recorded. */
    @Override
    public void close() {
        loop.stop();
    }
}
