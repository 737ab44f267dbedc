package se.kompetenslaget.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;

/**
 * A place in one kind's change order: the writing transaction's id (xid8) and a sequence number. Clients see it as an
 * opaque URL-safe string ({@code next}), which names its kind so a cursor of one kind is not taken for another's.
 */
record SyncCursor(String kind, long xid, long seq) implements Comparable<SyncCursor> {

    private static final Pattern FORM = Pattern.compile("1\\.([a-z_]{1,40})\\.([0-9]{1,19})\\.([0-9]{1,19})");

    /** Before every change. */
    static SyncCursor start(String kind) {
        return new SyncCursor(kind, 0, 0);
    }

    String encode() {
        String plain = "1." + kind + "." + Long.toUnsignedString(xid) + "." + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back; a 400 problem when it is not one this service gave for the kind. */
    static SyncCursor decode(String kind, String value) {
        Matcher form = null;
        if (value.length() <= 200) {
            try {
                form = FORM.matcher(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException notBase64) {
                form = null;
            }
        }
        if (form == null || !form.matches()) {
            throw invalid("must be the `next` of an earlier answer, unchanged");
        }
        if (!form.group(1).equals(kind)) {
            throw invalid("is a cursor of another kind of change; use the `next` this operation gave");
        }
        try {
            return new SyncCursor(kind, Long.parseUnsignedLong(form.group(2)), Long.parseLong(form.group(3)));
        } catch (NumberFormatException tooLarge) {
            throw invalid("must be the `next` of an earlier answer, unchanged");
        }
    }

    static BadInputException invalid(String message) {
        return new BadInputException("The cursor is not valid: start again without `after` (or with `since`).",
                List.of(new Violation("after", "query", message)));
    }

    @Override
    public int compareTo(SyncCursor other) {
        int byXid = Long.compareUnsigned(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(seq, other.seq);
    }

    static SyncCursor max(SyncCursor a, SyncCursor b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
