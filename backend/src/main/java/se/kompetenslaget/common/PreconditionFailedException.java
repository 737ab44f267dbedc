package se.kompetenslaget.common;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A write based on a stale version (If-Match does not match the current ETag): 412, with the current revision and,
 * where known, what changed since the caller's version, so nothing is overwritten silently.
 */
public class PreconditionFailedException extends ClientErrorException {

    private final String detail;
    private final int currentRevision;
    private final List<String> changed;

    public PreconditionFailedException(String detail, int currentRevision, List<String> changed) {
        super(detail, Response.Status.PRECONDITION_FAILED);
        this.detail = detail;
        this.currentRevision = currentRevision;
        this.changed = List.copyOf(changed);
    }

    public String detail() {
        return detail;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public List<String> changed() {
        return changed;
    }
}
