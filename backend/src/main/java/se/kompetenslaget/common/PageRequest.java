package se.kompetenslaget.common;

/** A validated request for one page: 1-based page number and page size. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;

    public int offset() {
        return (page - 1) * size;
    }
}
