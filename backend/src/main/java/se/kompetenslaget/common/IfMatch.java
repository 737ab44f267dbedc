package se.kompetenslaget.common;

import java.util.List;

/**
 * The check of a conditional write: the If-Match the caller sent against the current revision of an object the caller
 * holds locked (read with {@code LockModeType.PESSIMISTIC_WRITE}, so the revision is the committed one, never a stale
 * read). Absent → 428; another revision → 412 naming the current one.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param what the object as people name it, e.g. "The goal"
     * @param changed what differs now from what the caller sent, where known
     */
    public static void check(String header, long current, String what, List<String> changed) {
        int expected = required(header, what);
        if (expected != current) {
            throw stale(expected, (int) current, what, changed);
        }
    }

    /** The revision in If-Match, for a write that checks it in one conditional statement; absent → 428. */
    public static int required(String header, String what) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(what + " is edited by several people: send If-Match with the ETag "
                    + "(revision) you loaded, so no one's change is overwritten.");
        }
        return ETags.parse(header, true);
    }

    /** The 412 for a conditional statement that changed no row: the object is at another revision now. */
    public static PreconditionFailedException stale(int expected, int current, String what, List<String> changed) {
        return new PreconditionFailedException(what + " was changed by someone else since you loaded it (your version "
                + expected + ", now " + current + "). Load it again and make your change on the current version.",
                current, changed);
    }

    public static void check(String header, long current, String what) {
        check(header, current, what, List.of());
    }
}
