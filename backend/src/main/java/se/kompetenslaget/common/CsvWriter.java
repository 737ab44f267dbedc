package se.kompetenslaget.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes RFC 4180 CSV (comma, CRLF, quoted where needed, header row) with Apache Commons CSV. */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private CsvWriter() {
    }

    public static String write(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
