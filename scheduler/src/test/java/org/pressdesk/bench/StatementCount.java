package org.pressdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts what a data source is asked to do: statements executed (a JDBC batch counts once: one round trip) and
 * commits (explicit, or each statement run in auto-commit), so the bench can state both per published target.
 * One wrapper per data source, so a transaction manager and a {@code JdbcClient} built on it still share
 * connections.
 */
final class StatementCount {

    private static final Map<DataSource, DataSource> WRAPPED = new ConcurrentHashMap<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    static final LongAdder STATEMENTS = new LongAdder();
    static final LongAdder COMMITS = new LongAdder();

    private StatementCount() {
    }

    /** The counting wrapper of {@code dataSource}, the same one on every call. */
    static DataSource counted(DataSource dataSource) {
        return WRAPPED.computeIfAbsent(dataSource, original -> proxy(DataSource.class, original, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? proxy(Connection.class, connection, connectionHandler(connection))
                    : result;
        }));
    }

    /** Resets both counters. */
    static void reset() {
        STATEMENTS.reset();
        COMMITS.reset();
    }

    private static ConnectionHandler connectionHandler(Connection connection) {
        return new ConnectionHandler(connection);
    }

    private record ConnectionHandler(Connection connection) implements Handler<Connection> {
        @Override
        public Object handle(Connection target, Method method, Object[] args) throws Throwable {
            Object result = invoke(target, method, args);
            if (method.getName().equals("commit")) {
                COMMITS.increment();
            }
            if (result instanceof Statement statement) {
                Class<? extends Statement> type = method.getName().equals("prepareStatement")
                        ? java.sql.PreparedStatement.class
                        : method.getName().equals("prepareCall") ? java.sql.CallableStatement.class : Statement.class;
                return proxy(type, statement, (Handler<Statement>) (s, m, a) -> {
                    Object answer = invoke(s, m, a);
                    if (EXECUTIONS.contains(m.getName())) {
                        STATEMENTS.increment();
                        if (target.getAutoCommit()) {
                            COMMITS.increment();
                        }
                    }
                    return answer;
                });
            }
            return result;
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
