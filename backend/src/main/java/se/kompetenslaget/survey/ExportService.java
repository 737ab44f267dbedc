package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.CsvWriter.Dialect;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.Definition.CellKind;
import se.kompetenslaget.survey.Definition.MatrixColumn;
import se.kompetenslaget.survey.Definition.MatrixRow;
import se.kompetenslaget.survey.Definition.Question;
import se.kompetenslaget.survey.ResultService.Filter;
import se.kompetenslaget.survey.ResultService.Submitted;

/**
 * Responses as a table, one row per response and columns labelled with the question texts: CSV in a
 * {@link Dialect} (see {@link CsvWriter}) and XLSX (Apache POI, typed cells: numbers as numbers, times as dates).
 */
@ApplicationScoped
@Transactional
public class ExportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final AccessPolicy access;
    private final QuestionnaireService questionnaires;
    private final ResultService results;
    private final Definitions definitions;
    private final Catalogue catalogue;
    private final Places places;

    public ExportService(AccessPolicy access, QuestionnaireService questionnaires, ResultService results,
            Definitions definitions, Catalogue catalogue, Places places) {
        this.access = access;
        this.questionnaires = questionnaires;
        this.results = results;
        this.definitions = definitions;
        this.catalogue = catalogue;
        this.places = places;
    }

    /**
     * The table: header labels and rows of cell values: String, a number (BigDecimal, Integer, Long, Double), an
     * Instant or LocalDate, or null.
     */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    /** One column: its label and how to read it from a response. */
    private record Column(String label, Function<Submitted, Object> value) {
    }

    /**
     * An export whose access is checked and whose columns are known; its rows are read from the database only while
     * the file is written ({@link #csv(Prepared, Dialect, OutputStream)}, {@link #xlsx(Prepared, OutputStream)}).
     */
    public static final class Prepared {
        private final String name;
        private final List<Column> columns;
        private final Questionnaire questionnaire;
        private final Filter filter;
        private final Caller caller;
        private final boolean includeDrafts;

        private Prepared(String name, List<Column> columns, Questionnaire questionnaire, Filter filter, Caller caller,
                boolean includeDrafts) {
            this.name = name;
            this.columns = columns;
            this.questionnaire = questionnaire;
            this.filter = filter;
            this.caller = caller;
            this.includeDrafts = includeDrafts;
        }

        public String name() {
            return name;
        }

        List<String> header() {
            return columns.stream().map(Column::label).toList();
        }

        List<Object> row(Submitted response) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column column : columns) {
                row.add(column.value().apply(response));
            }
            return row;
        }
    }

    public Table table(UUID questionnaireId, Filter filter, boolean includeDrafts) {
        Prepared export = prepare(questionnaireId, filter, includeDrafts);
        List<List<Object>> rows = new ArrayList<>();
        results.eachSubmitted(export.questionnaire, export.filter, export.caller, export.includeDrafts,
                response -> rows.add(export.row(response)));
        return new Table(export.name, export.header(), rows);
    }

    /** Checks that the caller may read the responses and lays out the columns; reads no response yet. */
    public Prepared prepare(UUID questionnaireId, Filter filter, boolean includeDrafts) {
        Caller caller = access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        // A frozen (answered) version is compiled once and kept; a draft's is read each time.
        Definitions.Compiled compiled = definitions.compiled(questionnaire.id, questionnaire.currentVersion);
        Definition definition = compiled != null ? compiled.definition()
                : definitions.compile(questionnaires.currentVersion(questionnaire)).definition();
        List<Column> columns = new ArrayList<>();
        if (!questionnaire.anonymous) {
            columns.add(new Column("Kommunkod", r -> r.municipalityCode()));
            columns.add(new Column("Kommun", r -> place(r).name()));
            columns.add(new Column("Län", r -> place(r).countyName()));
        }
        columns.add(new Column("Status", r -> r.submittedAt() == null ? "Påbörjad" : "Inskickad"));
        columns.add(new Column("Inskickad", r -> r.submittedAt()));
        columns.add(new Column("Version", r -> BigDecimal.valueOf(r.version())));
        for (Question question : definition.questionList()) {
            addColumns(question, columns);
        }
        return new Prepared(questionnaire.titleSv, List.copyOf(columns), questionnaire, filter, caller, includeDrafts);
    }

    /** Writes the export as CSV straight to {@code out}, each response as it is read from the database. */
    public void csv(Prepared export, Dialect dialect, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 32 * 1024);
        CsvWriter.Rows rows = CsvWriter.open(writer, dialect, export.header());
        try {
            results.eachSubmitted(export.questionnaire, export.filter, export.caller, export.includeDrafts, response -> {
                try {
                    rows.print(export.row(response));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.flush();
        writer.flush();
    }

    /** Writes the export as XLSX straight to {@code out}, row by row (POI keeps a window of rows, not the sheet). */
    public void xlsx(Prepared export, OutputStream out) throws IOException {
        writeXlsx(export.name, export.header(), row -> results.eachSubmitted(export.questionnaire, export.filter,
                export.caller, export.includeDrafts, response -> row.accept(export.row(response))), out);
    }

    private Place place(Submitted response) {
        return places.municipality(response.municipalityCode());
    }

    private void addColumns(Question question, List<Column> columns) {
        String label = question.text().sv();
        String id = question.id();
        switch (question.type()) {
            case SINGLE_CHOICE -> columns.add(new Column(label, r -> {
                JsonNode answer = r.answers().get(id);
                return answer == null ? null : question.option(answer.asText()).map(o -> o.label().sv()).orElse(answer.asText());
            }));
            case MULTIPLE_CHOICE -> columns.add(new Column(label, r -> {
                JsonNode answer = r.answers().get(id);
                if (answer == null || !answer.isArray()) {
                    return null;
                }
                List<String> labels = new ArrayList<>();
                answer.forEach(v -> labels.add(question.option(v.asText()).map(o -> o.label().sv()).orElse(v.asText())));
                return String.join("; ", labels);
            }));
            case YES_NO -> columns.add(new Column(label, r -> {
                JsonNode answer = r.answers().get(id);
                return answer == null || !answer.isBoolean() ? null : answer.asBoolean() ? "Ja" : "Nej";
            }));
            case NUMBER -> columns.add(new Column(label + unit(question), r -> {
                JsonNode answer = r.answers().get(id);
                return answer == null || !answer.isNumber() ? null : answer.decimalValue();
            }));
            case PROFESSION -> columns.add(new Column(label, r -> professions(r.answers().get(id))));
            case MATRIX -> {
                for (MatrixRow row : question.matrix().rows()) {
                    String rowLabel = results.rowLabel(row).sv();
                    for (MatrixColumn column : question.matrix().columns()) {
                        matrixCell(columns, label + " – " + rowLabel + " – " + column.label().sv(), column,
                                r -> r.answers().path(id).path("rows").path(row.id()).path(column.id()));
                    }
                }
                for (int i = 0; i < question.matrix().otherRowsOrZero(); i++) {
                    int index = i;
                    String rowLabel = label + " – Annat område " + (i + 1);
                    columns.add(new Column(rowLabel, r -> {
                        JsonNode other = r.answers().path(id).path("other").path(index).path("label");
                        return other.isTextual() ? other.asText() : null;
                    }));
                    for (MatrixColumn column : question.matrix().columns()) {
                        matrixCell(columns, rowLabel + " – " + column.label().sv(), column,
                                r -> r.answers().path(id).path("other").path(index).path("cells").path(column.id()));
                    }
                }
            }
            default -> columns.add(new Column(label, r -> {
                JsonNode answer = r.answers().get(id);
                return answer == null || answer.isNull() ? null : answer.asText();
            }));
        }
    }

    private void matrixCell(List<Column> columns, String label, MatrixColumn column, Function<Submitted, JsonNode> cell) {
        if (column.cell().professions()) {
            columns.add(new Column(column.cell() == CellKind.PROFESSIONS ? label : label + " (yrken)",
                    r -> professions(cell.apply(r).get("professions"))));
        }
        if (column.cell().text()) {
            columns.add(new Column(column.cell() == CellKind.TEXT ? label : label + " (text)", r -> {
                JsonNode text = cell.apply(r).get("text");
                return text == null || !text.isTextual() || text.asText().isBlank() ? null : text.asText();
            }));
        }
    }

    private String professions(JsonNode codes) {
        if (codes == null || !codes.isArray() || codes.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        codes.forEach(code -> {
            var profession = catalogue.profession(code.asText());
            names.add(profession == null ? code.asText() : profession.nameSv());
        });
        return String.join("; ", names);
    }

    private static String unit(Question question) {
        if (question.number() == null) {
            return "";
        }
        return switch (question.number().unit()) {
            case SEK -> " (kr)";
            case PERCENT -> " (%)";
            case PERSONS -> " (personer)";
            case FTE -> " (årsarbetare)";
            case NONE -> "";
        };
    }

    /** The table as CSV in the dialect asked for (formula-like text neutralised by CsvWriter). */
    public byte[] csv(Table table, Dialect dialect) {
        return CsvWriter.bytes(dialect, table.header(), table.rows());
    }

    public byte[] xlsx(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeXlsx(table.name(), table.header(), row -> table.rows().forEach(row), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The workbook: a bold, frozen header and one row per call of the rows' consumer, written to {@code out}. */
    private static void writeXlsx(String name, List<String> header, Consumer<Consumer<List<Object>>> rows,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            // Plain (not Zip64) entries: Zip64 data descriptors make streaming zip readers (java.util.zip's
            // ZipInputStream, a generated Java client's caller) fail with "invalid entry size"; an export stays
            // far below 4 GB.
            workbook.setZip64Mode(Zip64Mode.Never);
            SXSSFSheet sheet = workbook.createSheet(sheetName(name));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 24 * 256);
            }
            sheet.createFreezePane(0, 1);
            CellStyles styles = new CellStyles(workbook);
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value != null) {
                        typedCell(row.createCell(c), value, styles);
                    }
                }
            });
            workbook.write(out);
        }
    }

    /**
     * One cell with the type of its value: a number as a numeric cell (whole numbers without, decimals with their
     * decimals and a thousands separator), a time or date as a date cell, anything else as text (a text cell is
     * never run as a formula, so it needs no {@code '}).
     */
    private static void typedCell(Cell cell, Object value, CellStyles styles) {
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number(Math.max(0, number.stripTrailingZeros().scale())));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.number(0));
        } else if (value instanceof Number number) {
            BigDecimal decimal = BigDecimal.valueOf(number.doubleValue());
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number(Math.max(0, Math.min(10, decimal.stripTrailingZeros().scale()))));
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, SWEDEN));
            cell.setCellStyle(styles.time());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The number and date formats of a workbook, made once each. */
    private static final class CellStyles {
        private final Workbook workbook;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();
        private CellStyle date;
        private CellStyle time;

        CellStyles(Workbook workbook) {
            this.workbook = workbook;
        }

        /** Whole numbers as 0 (years and codes read wrong with a thousands separator), decimals as #,##0.00. */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> style(d == 0 ? "0" : "#,##0." + "0".repeat(d)));
        }

        CellStyle date() {
            if (date == null) {
                date = style("yyyy-mm-dd");
            }
            return date;
        }

        CellStyle time() {
            if (time == null) {
                time = style("yyyy-mm-dd hh:mm");
            }
            return time;
        }

        private CellStyle style(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Svar" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
