package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding U+0000, which PostgreSQL cannot store in text. Raised while reading the body, so Jackson
 * adds the path of the field; {@code innerPath} is the part inside a free-form value (an answer's question id).
 */
public class NulCharacterException extends MismatchedInputException {

    static final String MESSAGE = "must not contain the character U+0000 (NUL)";

    private final String innerPath;

    public NulCharacterException(JsonParser parser, String innerPath) {
        super(parser, MESSAGE, String.class);
        this.innerPath = innerPath;
    }

    /** The path inside the field's value, e.g. {@code .q1} or {@code [2]}; empty for a plain string field. */
    public String innerPath() {
        return innerPath;
    }
}
