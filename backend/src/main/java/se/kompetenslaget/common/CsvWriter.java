package se.kompetenslaget.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (comma, CRLF, quoted where needed, header row) with Apache Commons CSV, every CSV the product
 * sends. Text that a spreadsheet would run as a formula (OWASP CSV injection: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) gets a leading {@code '}, so it opens as text; numbers stay numbers.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain decimal number such as -12.5, written as text by some exports: a number, not a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private CsvWriter() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the header and rows to {@code out} (after anything already written there, such as a byte order mark). */
    public static void write(Appendable out, List<String> header, List<? extends List<?>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(header.stream().map(CsvWriter::cell).map(String::valueOf).toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (List<?> row : rows) {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * One cell as written: a number as plain digits, text that would start a formula behind a {@code '}, else as is.
     */
    public static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
