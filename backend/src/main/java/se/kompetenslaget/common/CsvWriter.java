package se.kompetenslaget.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV the product sends, with Apache Commons CSV, in one of two dialects ({@link Dialect}): the Swedish
 * spreadsheet dialect by default ({@code ;}, decimal comma, UTF-8 byte order mark, CRLF), which Excel and LibreOffice
 * with Swedish settings open with numbers as numbers, or RFC 4180 ({@code ,}, decimal point, CRLF, no byte order mark)
 * for programs. Text that a spreadsheet would run as a formula (OWASP CSV injection: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) gets a leading {@code '}, so it opens as text; numbers stay
 * numbers. Times are written {@code yyyy-MM-dd HH:mm} in Swedish time, dates {@code yyyy-MM-dd}.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    /** The name of the query parameter that picks the dialect. */
    public static final String DIALECT_PARAMETER = "dialect";
    /** Its documentation, the same on every operation that writes CSV. */
    public static final String DIALECT_DESCRIPTION = "The CSV dialect: `sv` (the default) is what a spreadsheet "
            + "with Swedish settings opens with numbers as numbers: `;` between cells, a decimal comma, a UTF-8 byte "
            + "order mark and CRLF line ends; `rfc4180` is for programs: `,` between cells, a decimal point, CRLF, "
            + "no byte order mark. Ignored for other formats.";
    /** The values the parameter takes, as a pattern. */
    public static final String DIALECT_PATTERN = "^(sv|rfc4180)$";
    public static final String DIALECT_MESSAGE = "must be sv or rfc4180";

    /** What a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain decimal number such as -12.5, written as text by some exports: a number, not a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** How cells are separated and how decimals are written. */
    public enum Dialect {
        /** Swedish spreadsheet settings: {@code ;}, decimal comma, byte order mark. */
        SV(';', ',', true),
        /** RFC 4180: {@code ,}, decimal point, no byte order mark. */
        RFC4180(',', '.', false);

        private final char delimiter;
        private final char decimalSeparator;
        private final boolean byteOrderMark;

        Dialect(char delimiter, char decimalSeparator, boolean byteOrderMark) {
            this.delimiter = delimiter;
            this.decimalSeparator = decimalSeparator;
            this.byteOrderMark = byteOrderMark;
        }

        /** The dialect a query parameter names ({@code sv}, {@code rfc4180}); {@link #SV} when absent. */
        public static Dialect of(String parameter) {
            return "rfc4180".equals(parameter) ? RFC4180 : SV;
        }

        public char delimiter() {
            return delimiter;
        }

        public char decimalSeparator() {
            return decimalSeparator;
        }

        public boolean byteOrderMark() {
            return byteOrderMark;
        }
    }

    private CsvWriter() {
    }

    /** The whole file as UTF-8 bytes: the byte order mark when the dialect has one, the header and the rows. */
    public static byte[] bytes(Dialect dialect, List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            write(out, dialect, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The whole file as text, byte order mark included when the dialect has one. */
    public static String write(Dialect dialect, List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try {
            write(out, dialect, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the byte order mark (when the dialect has one), the header and the rows to {@code out}. */
    public static void write(Appendable out, Dialect dialect, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        Rows printer = open(out, dialect, header);
        for (List<?> row : rows) {
            printer.print(row);
        }
        printer.flush();
    }

    /**
     * Starts a file on {@code out} (byte order mark when the dialect has one, then the header) whose rows are printed
     * one by one as they are read, so an export of any size needs no more memory than one row.
     */
    public static Rows open(Appendable out, Dialect dialect, List<String> header) throws IOException {
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\r\n")
                .setHeader(header.stream().map(label -> cell(label, dialect)).map(String::valueOf).toArray(String[]::new))
                .get();
        return new Rows(new CSVPrinter(out, format), dialect);
    }

    /** The rows of a file being written. */
    public static final class Rows {
        private final CSVPrinter printer;
        private final Dialect dialect;

        private Rows(CSVPrinter printer, Dialect dialect) {
            this.printer = printer;
            this.dialect = dialect;
        }

        public void print(List<?> row) throws IOException {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(cell(value, dialect));
            }
            printer.printRecord(cells);
        }

        public void flush() throws IOException {
            printer.flush();
        }
    }

    /**
     * One cell as written: a number as plain digits with the dialect's decimal separator, a time or date in ISO
     * order, text that would start a formula behind a {@code '}, else as is.
     */
    public static Object cell(Object value, Dialect dialect) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return decimal(number.toPlainString(), dialect);
        }
        if (value instanceof Double || value instanceof Float) {
            return decimal(BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString(),
                    dialect);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant.atZone(SWEDEN));
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        String text = value.toString();
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static String decimal(String plain, Dialect dialect) {
        return dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator());
    }
}
