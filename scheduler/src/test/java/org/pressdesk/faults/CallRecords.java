package org.pressdesk.faults;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The calls the recording channel wrote down, across every node. */
record CallRecords(List<Call> calls) {

    enum Phase { BEGIN, OK }

    /** One line: a call started or succeeded, on which node, for which target (from its text), with which key. */
    record Call(Phase phase, String node, long targetId, String key) {
    }

    /** Every call for each target, in each node's order. */
    Map<Long, List<Call>> byTarget() {
        return calls.stream().collect(Collectors.groupingBy(Call::targetId));
    }

    /** Whether {@code node} has started a call it has not yet seen succeed. */
    boolean underWay(String node) {
        Map<Long, List<Call>> its = calls.stream().filter(call -> call.node().equals(node))
                .collect(Collectors.groupingBy(Call::targetId));
        return its.values().stream().anyMatch(calls -> calls.stream().noneMatch(call -> call.phase() == Phase.OK));
    }

    long count(Phase phase) {
        return calls.stream().filter(call -> call.phase() == phase).count();
    }
}
