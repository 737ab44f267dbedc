package se.kompetenslaget.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.IdentityHashMap;
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
     * Starts a file written straight to {@code out} as UTF-8 bytes: the same bytes as {@link #open} through an
     * {@code OutputStreamWriter} (Commons CSV's minimal quoting of RFC 4180 with the dialect's delimiter, CRLF, the
     * byte order mark when the dialect has one), without the writer, its encoder and a list per row. For exports of
     * many rows: cells are given one by one ({@link Bytes#cell}) and written in chunks of 32 KB.
     */
    public static Bytes bytes(OutputStream out, Dialect dialect, List<String> header) throws IOException {
        Bytes bytes = new Bytes(out, dialect);
        if (dialect.byteOrderMark()) {
            bytes.put("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        for (String label : header) {
            bytes.text(String.valueOf(cell(label, dialect)));
        }
        bytes.endRow();
        return bytes;
    }

    /** The rows of a file written as UTF-8 bytes (see {@link #bytes(OutputStream, Dialect, List)}). */
    public static final class Bytes {
        private static final int REMEMBERED = 1024;
        private static final int REMEMBERED_LENGTH = 80;
        private final OutputStream out;
        private final Dialect dialect;
        private final char delimiter;
        private final byte[] buffer = new byte[32 * 1024];
        private final IdentityHashMap<String, byte[]> remembered = new IdentityHashMap<>();
        private int length;
        private boolean newRecord = true;

        private Bytes(OutputStream out, Dialect dialect) {
            this.out = out;
            this.dialect = dialect;
            this.delimiter = dialect.delimiter();
        }

        /** The next cell of the row: a value as {@link CsvWriter#cell} writes it (null: an empty cell). */
        public void cell(Object value) throws IOException {
            Object cell = CsvWriter.cell(value, dialect);
            text(cell == null ? null : cell.toString());
        }

        /**
         * The same for a value of a column whose values are a few texts given again and again as the same objects
         * (an option's label, a municipality's name, "Ja"): each is written from the bytes it was written as the first
         * time, remembered by identity (up to {@value #REMEMBERED} of at most {@value #REMEMBERED_LENGTH} characters).
         */
        public void repeated(Object value) throws IOException {
            if (value instanceof String text && !text.isEmpty() && text.length() <= REMEMBERED_LENGTH) {
                byte[] written = remembered.get(text);
                if (written == null) {
                    written = encoded(CsvWriter.cell(text, dialect).toString());
                    if (remembered.size() < REMEMBERED) {
                        remembered.put(text, written);
                    }
                }
                if (!newRecord) {
                    put(delimiter);
                }
                put(written);
                newRecord = false;
            } else {
                cell(value);
            }
        }

        /** A non-empty text as written in any place of a row (quoted when it must be), as UTF-8. */
        private byte[] encoded(String text) {
            int quotes = quoting(text);
            if (quotes < 0) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return ('"' + (quotes == 0 ? text : text.replace("\"", "\"\"")) + '"').getBytes(StandardCharsets.UTF_8);
        }

        /**
         * The next cell of the row, already as written (null: an empty cell, never quoted). The text is encoded at
         * once by the JDK's UTF-8 encoder (a lone surrogate as {@code ?}) and copied in bulk: character by character
         * this was a quarter of an export's time.
         */
        public void text(String text) throws IOException {
            if (!newRecord) {
                put(delimiter);
            }
            if (text != null) {
                if (text.isEmpty()) {
                    if (newRecord) {
                        // Commons CSV quotes an empty first cell.
                        put('"');
                        put('"');
                    }
                } else {
                    put(encoded(text));
                }
            }
            newRecord = false;
        }

        /** Ends the row (CRLF). */
        public void endRow() throws IOException {
            put('\r');
            put('\n');
            newRecord = true;
        }

        /** Writes what is buffered and flushes {@code out}. */
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /**
         * Commons CSV's minimal quoting of a non-empty cell (an empty one is quoted only first in its row, see
         * {@link #text}): a cell starting with a character up to {@code #}, holding a line break, a quote or the
         * delimiter, or ending in a character up to a space. Returns -1 when the text is written as it is, else the
         * number of quotes in it (each written twice).
         */
        private int quoting(String text) {
            int n = text.length();
            boolean quote = text.charAt(0) <= '#' || text.charAt(n - 1) <= ' ';
            int quotes = 0;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c <= '"' || c == delimiter) {
                    if (c == '"') {
                        quotes++;
                        quote = true;
                    } else if (c == '\n' || c == '\r' || c == delimiter) {
                        quote = true;
                    }
                }
            }
            return quote ? quotes : -1;
        }

        /** Bytes already encoded. */
        private void put(byte[] bytes) throws IOException {
            if (length + bytes.length > buffer.length) {
                drain();
                if (bytes.length > buffer.length) {
                    out.write(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        /** One ASCII character. */
        private void put(char c) throws IOException {
            if (length == buffer.length) {
                drain();
            }
            buffer[length++] = (byte) c;
        }

        private void drain() throws IOException {
            if (length > 0) {
                out.write(buffer, 0, length);
                length = 0;
            }
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
