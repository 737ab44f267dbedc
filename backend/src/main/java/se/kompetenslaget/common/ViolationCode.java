package se.kompetenslaget.common;

/** Stable names for the kinds of violation, the {@code code} of a problem's violation (documented in the contract). */
public final class ViolationCode {

    /** A value is missing (also a missing request body). */
    public static final String REQUIRED = "required";
    /** Text or a list is longer than allowed. */
    public static final String TOO_LONG = "too_long";
    /** Text or a list is shorter than allowed. */
    public static final String TOO_SHORT = "too_short";
    /** Text does not have the required form (a pattern, an e-mail address). */
    public static final String PATTERN = "pattern";
    /** A number, date or page outside its allowed range. */
    public static final String OUT_OF_RANGE = "out_of_range";
    /** A value that is not one of the allowed ones, or a character that is never allowed (U+0000). */
    public static final String NOT_ALLOWED = "not_allowed";
    /** A value of the wrong type (text where a number is expected, a date in another format). */
    public static final String WRONG_TYPE = "wrong_type";
    /** Any other rule. */
    public static final String INVALID = "invalid";

    private ViolationCode() {
    }
}
