package se.kompetenslaget.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.ViolationCode;

/** What the batches of figures (cost lines, workforce figures, population) share: their shape and their keys. */
final class Batches {

    static final Set<String> SOURCES = Set.of("manual", "file", "api");

    private Batches() {
    }

    /**
     * Checks that a batch holds 1 to {@link CostDtos#MAX_BATCH} lines and a known source.
     *
     * @return the source, {@code api} when absent
     */
    static String checkShape(List<?> lines, String source) {
        if (lines == null || lines.isEmpty()) {
            throw new BadInputException("Send {\"lines\": [...]} with at least one line.",
                    List.of(new Violation("lines", "body", "must hold at least one line", ViolationCode.REQUIRED)));
        }
        String checked = source == null ? "api" : source;
        if (!SOURCES.contains(checked)) {
            throw new BadInputException("The source is not known.", List.of(
                    new Violation("source", "body", "must be manual, file or api", ViolationCode.NOT_ALLOWED)));
        }
        if (lines.size() > CostDtos.MAX_BATCH) {
            throw new BadInputException("The batch is too large.", List.of(new Violation("lines", "body",
                    "must hold at most " + CostDtos.MAX_BATCH + " lines; send several batches", ViolationCode.TOO_LONG)));
        }
        return checked;
    }

    /** A whole number from 0 to max, or absent. */
    static void checkCount(Integer value, int max, String field, List<Violation> violations) {
        if (value != null && (value < 0 || value > max)) {
            violations.add(new Violation(field, "body", "must be a whole number from 0 to " + max, ViolationCode.OUT_OF_RANGE));
        }
    }

    /** A decimal from 0 to max with at most two decimals, or absent. */
    static void checkDecimal(BigDecimal value, BigDecimal max, String field, List<Violation> violations) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(max) > 0)) {
            violations.add(new Violation(field, "body", "must be from 0 to " + max.toPlainString()
                    + ", with at most two decimals", ViolationCode.OUT_OF_RANGE));
        }
    }
}
