package se.kompetenslaget.common;

import java.util.List;

/**
 * A validated request for one page: 1-based page number and page size. A page whose first row would lie beyond
 * what the database can address (page × size over 2^31 − 1) is out of range: a 400, not an overflow.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (size < 1) {
            throw outOfRange("size", "must be 1 or more");
        }
        if (page < 1) {
            throw outOfRange("page", "must be 1 or more");
        }
        long last = (long) page * size;
        if (last > Integer.MAX_VALUE) {
            throw outOfRange("page", "must be at most " + Integer.MAX_VALUE / size + " with size " + size);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static BadInputException outOfRange(String parameter, String message) {
        return new BadInputException("The query parameter '" + parameter + "' " + message + ".",
                List.of(new BadInputException.Violation(parameter, "query", message, ViolationCode.OUT_OF_RANGE)));
    }
}
