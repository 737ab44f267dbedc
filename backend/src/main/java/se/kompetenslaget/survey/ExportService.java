package se.kompetenslaget.survey;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
import se.kompetenslaget.survey.Definition.Option;
import se.kompetenslaget.survey.Definition.Question;
import se.kompetenslaget.survey.ResultService.Filter;

/**
 * Responses as a table, one row per response and columns labelled with the question texts: CSV in a
 * {@link Dialect} (see {@link CsvWriter}) and XLSX (Apache POI, typed cells: numbers as numbers, times as dates).
 * <p>
 * An export runs outside a container transaction: the questionnaire is one plain statement (the definition of a
 * frozen version comes from {@link Definitions}' cache; only a draft's is read through Hibernate), and the rows one
 * streamed statement whose stored answers are parsed value by value as they are written, without a tree per
 * response ({@link Reader}). {@link #table} reads the same rows as trees and is the reference the tests compare with.
 */
@ApplicationScoped
public class ExportService {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final AccessPolicy access;
    private final QuestionnaireService questionnaires;
    private final ResultService results;
    private final Definitions definitions;
    private final Catalogue catalogue;
    private final Places places;
    private final AgroalDataSource primary;
    private final ResponseRows storedRows;

    public ExportService(AccessPolicy access, QuestionnaireService questionnaires, ResultService results,
            Definitions definitions, Catalogue catalogue, Places places, AgroalDataSource primary, ResponseRows rows) {
        this.storedRows = rows;
        this.access = access;
        this.questionnaires = questionnaires;
        this.results = results;
        this.definitions = definitions;
        this.catalogue = catalogue;
        this.places = places;
        this.primary = primary;
    }

    /**
     * The table: header labels and rows of cell values: String, a number (BigDecimal, Integer, Long, Double), an
     * Instant or LocalDate, or null.
     */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    /** One response as the columns read it. */
    public interface Response {
        String municipalityCode();

        Instant submittedAt();

        int version();

        /** The answer to a question as JSON, or null when the response has none. */
        JsonNode answer(String questionId);
    }

    /**
     * One column: its label, how to read it from a response, and whether its values are a few texts given again and
     * again as the same objects (labels, names, "Ja"), which the CSV writes from the bytes it wrote the first time.
     */
    private record Column(String label, Function<Response, Object> value, boolean repeats) {
        Column(String label, Function<Response, Object> value) {
            this(label, value, false);
        }

        static Column repeating(String label, Function<Response, Object> value) {
            return new Column(label, value, true);
        }
    }

    /**
     * An export whose access is checked and whose columns are known; its rows are read from the database only while
     * the file is written ({@link #csv(Prepared, Dialect, OutputStream)}, {@link #xlsx(Prepared, OutputStream)}).
     */
    public static final class Prepared {
        private final String name;
        private final List<Column> columns;
        private final UUID questionnaireId;
        private final String ownerCountyCode;
        private final List<String> questionIds;
        private final Filter filter;
        private final Caller caller;
        private final boolean includeDrafts;

        private Prepared(String name, List<Column> columns, UUID questionnaireId, String ownerCountyCode,
                List<String> questionIds, Filter filter, Caller caller, boolean includeDrafts) {
            this.name = name;
            this.columns = columns;
            this.questionnaireId = questionnaireId;
            this.ownerCountyCode = ownerCountyCode;
            this.questionIds = questionIds;
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

        List<Object> row(Response response) {
            List<Object> row = new ArrayList<>(columns.size());
            for (Column column : columns) {
                row.add(column.value().apply(response));
            }
            return row;
        }
    }

    /** The table read as trees (ResultService), all rows in memory: the reference the streamed export matches. */
    public Table table(UUID questionnaireId, Filter filter, boolean includeDrafts) {
        return table(questionnaireId, filter, includeDrafts, access.requireSurveyReader());
    }

    Table table(UUID questionnaireId, Filter filter, boolean includeDrafts, Caller caller) {
        Prepared export = prepare(questionnaireId, filter, includeDrafts, caller);
        List<List<Object>> rows = new ArrayList<>();
        for (Response response : results.submitted(export.questionnaireId, export.ownerCountyCode, export.filter,
                export.caller, export.includeDrafts)) {
            rows.add(export.row(response));
        }
        return new Table(export.name, export.header(), rows);
    }

    /** What an export needs of its questionnaire. */
    private record Heading(String titleSv, String ownerCountyCode, boolean anonymous, int currentVersion) {
    }

    /** Checks that the caller may read the responses and lays out the columns; reads no response yet. */
    public Prepared prepare(UUID questionnaireId, Filter filter, boolean includeDrafts) {
        return prepare(questionnaireId, filter, includeDrafts, access.requireSurveyReader());
    }

    /** The same for a caller whose access is checked. */
    Prepared prepare(UUID questionnaireId, Filter filter, boolean includeDrafts, Caller caller) {
        Heading questionnaire = heading(questionnaireId);
        // A frozen (answered) version is compiled once and kept; a draft's is read each time.
        Definitions.Compiled compiled = definitions.compiled(questionnaireId, questionnaire.currentVersion());
        Definition definition = compiled != null ? compiled.definition() : QuarkusTransaction.joiningExisting()
                .call(() -> definitions.compile(questionnaires.currentVersion(questionnaires.find(questionnaireId)))
                        .definition());
        List<Column> columns = new ArrayList<>();
        if (!questionnaire.anonymous()) {
            columns.add(new Column("Kommunkod", r -> r.municipalityCode()));
            columns.add(Column.repeating("Kommun", r -> place(r).name()));
            columns.add(Column.repeating("Län", r -> place(r).countyName()));
        }
        columns.add(Column.repeating("Status", r -> r.submittedAt() == null ? "Påbörjad" : "Inskickad"));
        columns.add(new Column("Inskickad", r -> r.submittedAt()));
        columns.add(new Column("Version", r -> BigDecimal.valueOf(r.version())));
        List<String> questionIds = new ArrayList<>();
        for (Question question : definition.questionList()) {
            addColumns(question, columns);
            questionIds.add(question.id());
        }
        return new Prepared(questionnaire.titleSv(), List.copyOf(columns), questionnaireId,
                questionnaire.ownerCountyCode(), List.copyOf(questionIds), filter, caller, includeDrafts);
    }

    /** The questionnaire's title, owner and version in one plain statement; 404 when there is none. */
    private Heading heading(UUID questionnaireId) {
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT title_sv, owner_county_code, anonymous, current_version
                          FROM questionnaire WHERE id = ?""")) {
            statement.setObject(1, questionnaireId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("There is no questionnaire " + questionnaireId + ".");
                }
                return new Heading(row.getString(1), row.getString(2), row.getBoolean(3), row.getInt(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the questionnaire", e);
        }
    }

    /** Writes the export as CSV straight to {@code out}, each response as it is read from the database. */
    public void csv(Prepared export, Dialect dialect, OutputStream out) throws IOException {
        CsvWriter.Bytes file = CsvWriter.bytes(out, dialect, export.header());
        Column[] columns = export.columns.toArray(Column[]::new);
        each(export, response -> {
            for (Column column : columns) {
                Object value = column.value().apply(response);
                if (column.repeats()) {
                    file.repeated(value);
                } else {
                    file.cell(value);
                }
            }
            file.endRow();
        });
        file.flush();
    }

    /** Writes the export as XLSX straight to {@code out}, row by row (POI keeps a window of rows, not the sheet). */
    public void xlsx(Prepared export, OutputStream out) throws IOException {
        try {
            writeXlsx(export.name, export.header(), row -> {
                try {
                    each(export, response -> row.accept(export.row(response)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What is done with each response as it is read. */
    private interface Each {
        void accept(Response response) throws IOException;
    }

    /** Hands each response in the export's filter to {@code each} as it is read (ResponseRows), keeping none. */
    private void each(Prepared export, Each each) throws IOException {
        Reader reader = new Reader(definitions, export.questionIds);
        storedRows.each(export.questionnaireId, export.filter.predicate(export.caller, export.ownerCountyCode),
                export.includeDrafts, (code, answers, submittedAt, version) -> {
                    reader.read(code, answers, submittedAt, version);
                    each.accept(reader);
                });
    }

    /**
     * One response at a time, read from its stored answers (UTF-8 JSON) with a streaming parser: only the
     * questions' values become nodes, each the node the whole tree ({@link Definitions#object}) would hold there,
     * so the columns read the same values. Reused for every row of an export.
     */
    static final class Reader implements Response {
        private final Definitions definitions;
        private final ObjectMapper json;
        private final JsonNodeFactory nodes;
        private final boolean intsAsInts;
        private final Map<String, Integer> slots = new HashMap<>();
        private final JsonNode[] answers;
        private String municipalityCode;
        private Instant submittedAt;
        private int version;

        Reader(Definitions definitions, List<String> questionIds) {
            this.definitions = definitions;
            this.json = definitions.json();
            this.nodes = json.getNodeFactory();
            this.intsAsInts = !json.isEnabled(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                    && !json.isEnabled(DeserializationFeature.USE_LONG_FOR_INTS);
            for (String id : questionIds) {
                slots.putIfAbsent(id, slots.size());
            }
            this.answers = new JsonNode[slots.size()];
        }

        void read(String municipalityCode, byte[] stored, Instant submittedAt, int version) throws IOException {
            this.municipalityCode = municipalityCode;
            this.submittedAt = submittedAt;
            this.version = version;
            Arrays.fill(answers, null);
            if (stored == null) {
                return;
            }
            try (JsonParser parser = json.getFactory().createParser(stored)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    fromTree(stored);
                    return;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Integer slot = slots.get(parser.currentName());
                    JsonToken token = parser.nextToken();
                    if (slot == null) {
                        parser.skipChildren();
                    } else {
                        answers[slot] = node(parser, token);
                    }
                }
            }
        }

        /** The value at the parser as a node: strings, booleans, nulls, ints and arrays here, the rest by the mapper. */
        private JsonNode node(JsonParser parser, JsonToken token) throws IOException {
            switch (token) {
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                case VALUE_NUMBER_INT:
                    if (intsAsInts && parser.getNumberType() == JsonParser.NumberType.INT) {
                        return nodes.numberNode(parser.getIntValue());
                    }
                    return json.readTree(parser);
                case START_ARRAY:
                    ArrayNode array = nodes.arrayNode();
                    JsonToken next;
                    while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                        array.add(node(parser, next));
                    }
                    return array;
                default:
                    return json.readTree(parser);
            }
        }

        /** Anything but an object, as the whole tree reads it. */
        private void fromTree(byte[] stored) {
            ObjectNode tree = definitions.object(new String(stored, StandardCharsets.UTF_8));
            slots.forEach((id, slot) -> answers[slot] = tree.get(id));
        }

        @Override
        public String municipalityCode() {
            return municipalityCode;
        }

        @Override
        public Instant submittedAt() {
            return submittedAt;
        }

        @Override
        public int version() {
            return version;
        }

        @Override
        public JsonNode answer(String questionId) {
            Integer slot = slots.get(questionId);
            return slot == null ? null : answers[slot];
        }
    }

    private Place place(Response response) {
        return places.municipality(response.municipalityCode());
    }

    private void addColumns(Question question, List<Column> columns) {
        String label = question.text().sv();
        String id = question.id();
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                Map<String, String> labels = optionLabels(question);
                columns.add(Column.repeating(label, r -> {
                    JsonNode answer = r.answer(id);
                    return answer == null ? null : optionLabel(labels, answer.asText());
                }));
            }
            case MULTIPLE_CHOICE -> {
                Map<String, String> labels = optionLabels(question);
                columns.add(new Column(label, r -> {
                    JsonNode answer = r.answer(id);
                    if (answer == null || !answer.isArray()) {
                        return null;
                    }
                    List<String> chosen = new ArrayList<>(answer.size());
                    answer.forEach(v -> chosen.add(optionLabel(labels, v.asText())));
                    return String.join("; ", chosen);
                }));
            }
            case YES_NO -> columns.add(Column.repeating(label, r -> {
                JsonNode answer = r.answer(id);
                return answer == null || !answer.isBoolean() ? null : answer.asBoolean() ? "Ja" : "Nej";
            }));
            case NUMBER -> columns.add(new Column(label + unit(question), r -> {
                JsonNode answer = r.answer(id);
                return answer == null || !answer.isNumber() ? null : answer.decimalValue();
            }));
            case PROFESSION -> columns.add(new Column(label, r -> professions(r.answer(id))));
            case MATRIX -> {
                for (MatrixRow row : question.matrix().rows()) {
                    String rowLabel = results.rowLabel(row).sv();
                    for (MatrixColumn column : question.matrix().columns()) {
                        matrixCell(columns, label + " – " + rowLabel + " – " + column.label().sv(), column,
                                r -> path(r, id).path("rows").path(row.id()).path(column.id()));
                    }
                }
                for (int i = 0; i < question.matrix().otherRowsOrZero(); i++) {
                    int index = i;
                    String rowLabel = label + " – Annat område " + (i + 1);
                    columns.add(new Column(rowLabel, r -> {
                        JsonNode other = path(r, id).path("other").path(index).path("label");
                        return other.isTextual() ? other.asText() : null;
                    }));
                    for (MatrixColumn column : question.matrix().columns()) {
                        matrixCell(columns, rowLabel + " – " + column.label().sv(), column,
                                r -> path(r, id).path("other").path(index).path("cells").path(column.id()));
                    }
                }
            }
            default -> columns.add(new Column(label, r -> {
                JsonNode answer = r.answer(id);
                return answer == null || answer.isNull() ? null : answer.asText();
            }));
        }
    }

    /** The answer as {@code ObjectNode.path} gives it: a missing node when there is none. */
    private static JsonNode path(Response response, String questionId) {
        JsonNode answer = response.answer(questionId);
        return answer == null ? MissingNode.getInstance() : answer;
    }

    /**
     * An option's Swedish label by its value, as {@code question.option(value).map(o -> o.label().sv())} finds it:
     * the first option with the value; an option without a Swedish label reads as its value.
     */
    private static Map<String, String> optionLabels(Question question) {
        Map<String, String> labels = new HashMap<>();
        if (question.options() != null) {
            for (Option option : question.options()) {
                String sv = option.label() == null ? null : option.label().sv();
                labels.putIfAbsent(option.value(), sv == null ? option.value() : sv);
            }
        }
        return labels;
    }

    private static String optionLabel(Map<String, String> labels, String value) {
        String label = labels.get(value);
        return label == null ? value : label;
    }

    private void matrixCell(List<Column> columns, String label, MatrixColumn column, Function<Response, JsonNode> cell) {
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
