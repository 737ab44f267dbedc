package se.kompetenslaget.common;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** The request clashes with what is stored (a duplicate, or a change on a stale version): 409. */
public class ConflictException extends ClientErrorException {

    public ConflictException(String detail) {
        super(detail, Response.Status.CONFLICT);
    }
}
