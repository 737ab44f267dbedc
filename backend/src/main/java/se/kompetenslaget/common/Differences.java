package se.kompetenslaget.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields whose stored value differs from what a write sent: what a 412 names, so the caller knows what to check. */
public final class Differences {

    private final List<String> fields = new ArrayList<>();

    private Differences() {
    }

    public static Differences of() {
        return new Differences();
    }

    /** Notes the field when the stored and the sent value differ (null sent counts as a value). */
    public Differences check(String field, Object stored, Object sent) {
        if (!Objects.equals(stored, sent)) {
            fields.add(field);
        }
        return this;
    }

    public List<String> list() {
        return List.copyOf(fields);
    }
}
