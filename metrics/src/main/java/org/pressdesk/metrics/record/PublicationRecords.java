package org.pressdesk.metrics.record;

import java.util.List;

/**
 * The durable publication records. {@link #append} joins the caller's transaction, so a record is
 * stored exactly when the target's move that produced it is.
 */
public interface PublicationRecords {

    /**
     * Stores one outcome as the target's latest; the target's earlier records stop being latest.
     *
     * @param record the outcome
     */
    void append(PublicationRecord record);

    /**
     * Stores several outcomes, each as {@link #append} does, of different targets.
     *
     * @param records one per target
     */
    default void appendAll(List<PublicationRecord> records) {
        records.forEach(this::append);
    }

    /**
     * Every record of a target, oldest first.
     *
     * @param targetId the publishing target
     * @return its records; empty when it never reached an outcome
     */
    List<PublicationRecord> ofTarget(long targetId);
}
