package se.kompetenslaget.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for case- and accent-insensitive matching, the same way as the database's search_fold(). */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** "  Luleå " becomes "lulea"; blank or null becomes null. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(withoutMarks).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
