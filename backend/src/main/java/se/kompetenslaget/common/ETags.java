package se.kompetenslaget.common;

import java.util.List;

/** Revisions as entity tags: {@code "7"} (a weak {@code W/"7"} is read the same). */
public final class ETags {

    private ETags() {
    }

    public static String of(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision in If-Match; null when absent and not required. */
    public static Integer parse(String header, boolean required) {
        if (header == null || header.isBlank()) {
            if (required) {
                throw new PreconditionRequiredException(
                        "Send If-Match with the ETag you loaded (\"0\" before the first save), so no one's answers are overwritten.");
            }
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            int revision = Integer.parseInt(value);
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new BadInputException("If-Match must be one ETag as returned, e.g. \"7\".",
                List.of(new BadInputException.Violation("If-Match", "header", "must be an ETag such as \"7\"")));
    }
}
