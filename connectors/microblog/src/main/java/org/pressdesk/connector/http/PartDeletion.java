package org.pressdesk.connector.http;

import java.util.ArrayList;
import java.util.List;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.Withdrawal;

/**
 * Takes a publication down part by part, last part first, so that a thread never shows a reply whose post
 * is gone. A part the platform no longer has counts as withdrawn; a failure after some parts were deleted
 * says which, so the person reading it knows what is still online.
 */
public final class PartDeletion {

    /** Deletes one part on the platform. */
    @FunctionalInterface
    public interface DeletePart {
        /** @return true when the part was deleted now, false when the platform no longer had it */
        boolean delete(String partId) throws PublishException;
    }

    private PartDeletion() {
    }

    public static Withdrawal lastPartFirst(String platform, List<String> partIds, DeletePart deletePart)
            throws PublishException {
        List<String> deleted = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String id : partIds.reversed()) {
            boolean wasThere;
            try {
                wasThere = deletePart.delete(id);
            } catch (PublishException failure) {
                throw deleted.isEmpty() ? failure
                        : PublishFailures.prefixed("deleted " + deleted + " on " + platform + ", then: ", failure);
            }
            (wasThere ? deleted : gone).add(id);
        }
        if (deleted.isEmpty()) {
            return Withdrawal.alreadyGone(platform + " no longer has " + gone);
        }
        return Withdrawal.withdrawn("deleted " + deleted.reversed() + " on " + platform
                + (gone.isEmpty() ? "" : "; " + gone + " were already gone"));
    }
}
