package se.kompetenslaget.common;

import jakarta.ws.rs.ClientErrorException;

/** A conditional write sent without If-Match: 428, so a client cannot overwrite by forgetting the header. */
public class PreconditionRequiredException extends ClientErrorException {

    public PreconditionRequiredException(String detail) {
        super(detail, 428);
    }
}
