package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.CsvWriter.Dialect;
import se.kompetenslaget.support.Fixtures;

/**
 * The streamed export (answers parsed value by value, CSV written as bytes) gives the same bytes as the reference: the
 * responses read as whole trees ({@link ExportService#table}) and written by Commons CSV through a writer; in both
 * dialects, with drafts, a county's filter, odd stored answers and a matrix; XLSX with the same cells.
 */
@QuarkusTest
class ExportStreamingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NORRBOTTEN = List.of("2505", "2506", "2510", "2513", "2514", "2518");

    @Inject
    Fixtures fixtures;
    @Inject
    ExportService exports;
    @Inject
    ResultService results;
    @Inject
    AgroalDataSource dataSource;

    private static final Caller ADMIN = new Caller(Caller.Kind.SESSION, UUID.randomUUID(), null, "admin",
            List.of(new Caller.Grant(Role.ADMIN, null, null)), null);

    @Test
    void shouldStreamTheBytesTheTreesGiveForEveryKindOfAnswer() throws Exception {
        String session = Fixtures.signIn(fixtures.createUser("export-stream", Role.ADMIN, null));
        SurveyApi admin = new SurveyApi(session);
        Map<String, Object> options = Map.of("options", List.of(
                Map.of("value", "a", "label", Map.of("sv", "Inga sökande; alls")),
                Map.of("value", "b", "label", Map.of("sv", "\"Citat\" och ,komma")),
                Map.of("value", "c", "label", Map.of("sv", "=Formel"))));
        List<Map<String, Object>> questions = List.of(
                merge(Map.of("id", "one", "type", "single_choice", "text", Map.of("sv", "Ett val")), options),
                merge(Map.of("id", "many", "type", "multiple_choice", "text", Map.of("sv", "Flera val")), options),
                Map.of("id", "yes", "type", "yes_no", "text", Map.of("sv", "Ja eller nej")),
                Map.of("id", "cost", "type", "number", "text", Map.of("sv", "Kostnad"),
                        "number", Map.of("unit", "sek", "decimals", 2)),
                Map.of("id", "comment", "type", "text", "text", Map.of("sv", "Kommentar; \"fri\"")),
                Map.of("id", "day", "type", "date", "text", Map.of("sv", "Datum")),
                Map.of("id", "jobs", "type", "profession", "multiple", true, "text", Map.of("sv", "Yrken")));
        String id = admin.createQuestionnaire(Map.of("title", Map.of("sv", "Strömmad export"),
                "definition", Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Del"),
                        "questions", questions)))));
        // Before it opens (a draft definition, not from the cache): the header alone.
        assertSame(id, null, true);
        admin.open(id);
        List<String> codes = List.of("0180", "0114", "2580", "2581", "2582", "1280", "1281", "0380", "0381", "0382",
                "1480", "1481", "1482", "2505", "2506");
        Map<String, String> tokens = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", codes));
        SurveyApi.answerAndSubmit(tokens.get("0180"), Map.of("one", "a", "many", List.of("a", "c"), "yes", true,
                "cost", 1234.5, "comment", "Svårt att rekrytera, 😀 \"citat\"\nny rad", "day", "2026-01-31",
                "jobs", List.of("socionom", "sjukskoterska")));
        SurveyApi.answerAndSubmit(tokens.get("0114"), Map.of("one", "b", "yes", false, "cost", 0,
                "comment", " inleds med mellanslag"));
        for (String code : codes.subList(2, codes.size())) {
            SurveyApi.answerAndSubmit(tokens.get(code), Map.of("comment", "svar " + code));
        }
        // Stored answers the API would not write today, but an older version or a migration might have.
        String[] odd = {
            "{}",
            "{\"one\": \"zzz\", \"many\": [\"a\", 5, null, {\"x\": 1}, [\"b\"], true, 1.5], \"yes\": \"true\", "
                    + "\"cost\": 12.50, \"comment\": \"=SUM(A1)\", \"jobs\": [\"okänd\", \"socionom\", 7]}",
            "{\"one\": null, \"many\": \"a\", \"yes\": null, \"cost\": 123456789012345678901234567890, "
                    + "\"comment\": \"\", \"day\": null, \"jobs\": []}",
            "{\"one\": 5, \"many\": [], \"cost\": -0.0, \"comment\": \"-12.5\", \"jobs\": \"socionom\", "
                    + "\"other\": {\"deep\": [1, 2, {\"a\": \"b\"}]}}",
            "{\"one\": [\"a\"], \"cost\": 1e3, \"comment\": \"#kommentar\", \"yes\": 1}",
            "{\"one\": {\"v\": \"a\"}, \"cost\": 0.1, \"comment\": \"slutar med mellanslag \"}",
            "{\"cost\": 2147483648, \"comment\": \"\\t tabb och \\r retur\", \"many\": [\"c\", \"c\"]}",
            "{\"cost\": -2147483648, \"comment\": \"@mention\", \"day\": 20260131}",
            "{\"cost\": \"12\", \"comment\": 42, \"jobs\": [null]}",
            "{\"cost\": 1.0E-7, \"comment\": [\"lista\"], \"yes\": false}",
        };
        for (int i = 0; i < odd.length; i++) {
            store(id, codes.get(2 + i), odd[i], i % 3 == 0);
        }
        // Long free text (under XLSX's 32 767 characters a cell), so the CSV crosses its 32 KB chunks mid-cell.
        Random random = new Random(16);
        StringBuilder text = new StringBuilder();
        String[] pieces = { "a", "å", "€", "😀", ";", "\"", "\n", " " };
        for (int i = 0; i < 20_000; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        store(id, codes.get(12), JSON.writeValueAsString(Map.of("comment", text.toString(), "one", "c")), false);

        for (boolean drafts : new boolean[] { false, true }) {
            assertSame(id, null, drafts);
            assertSame(id, "25", drafts);
        }
        assertHttpSame(session, id, "");
        assertHttpSame(session, id, "&dialect=rfc4180&includeDrafts=true");
        assertHttpSame(session, id, "&county=01");
        assertXlsxSame(session, id);
    }

    @Test
    void shouldStreamTheMatrixAsTheTreesGiveIt() throws Exception {
        String session = Fixtures.signIn(fixtures.createUser("export-matrix", Role.COUNTY_COORDINATOR, "25"));
        SurveyApi coordinator = new SurveyApi(session);
        String id = coordinator.importTemplate("norrbotten-competence-matrix", Map.of("ownerCountyCode", "25"));
        coordinator.open(id);
        Map<String, String> tokens = coordinator.invite(id, Map.of("target", "municipalities", "municipalityCodes", NORRBOTTEN));
        try (InputStream in = getClass().getResourceAsStream("/norrbotten/section-3-3-answers.json")) {
            for (JsonNode written : JSON.readTree(in)) {
                Map<String, Object> given = JSON.convertValue(written.get("answers"), new TypeReference<>() { });
                SurveyApi.answerAndSubmit(tokens.get(NORRBOTTEN.get(written.get("kommun").asInt() - 1)), given);
            }
        }
        store(id, "2505", "{\"competence_matrix\": {\"rows\": {\"barn_unga\": {\"brist\": {\"professions\": "
                + "[\"socionom\", \"okänd\"], \"text\": \"  \"}}}, \"other\": [{\"label\": \"Annat\", \"cells\": "
                + "{\"brist\": {\"text\": \"=x\"}}}, {\"label\": 5}]}}", false);
        store(id, "2506", "{\"competence_matrix\": [1, 2]}", false);
        assertSame(id, null, false);
        assertHttpSame(session, id, "");
        assertXlsxSame(session, id);
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new java.util.LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private void store(String questionnaireId, String municipality, String answers, boolean draft) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE survey_response SET answers = ?::jsonb,
                               status = CASE WHEN ? THEN 'started' ELSE status END,
                               submitted_at = CASE WHEN ? THEN NULL ELSE submitted_at END
                         WHERE questionnaire_id = ? AND municipality_code = ?""")) {
            update.setString(1, answers);
            update.setBoolean(2, draft);
            update.setBoolean(3, draft);
            update.setObject(4, UUID.fromString(questionnaireId));
            update.setString(5, municipality);
            assertEquals(1, update.executeUpdate(), municipality);
        }
    }

    /** Streamed CSV (both dialects) against the reference: the trees written by Commons CSV through a writer. */
    private void assertSame(String id, String county, boolean drafts) throws IOException {
        UUID questionnaire = UUID.fromString(id);
        ResultService.Filter filter = results.filter(county, null);
        for (Dialect dialect : Dialect.values()) {
            byte[] expected = exports.csv(exports.table(questionnaire, filter, drafts, ADMIN), dialect);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            exports.csv(exports.prepare(questionnaire, filter, drafts, ADMIN), dialect, streamed);
            assertArrayEquals(expected, streamed.toByteArray(), () -> dialect + " " + county + " " + drafts + "\n"
                    + new String(expected, StandardCharsets.UTF_8) + "\n----\n" + streamed.toString(StandardCharsets.UTF_8));
        }
    }

    private void assertHttpSame(String session, String id, String query) {
        String county = query.contains("county=") ? query.replaceAll(".*county=([0-9]+).*", "$1") : null;
        boolean drafts = query.contains("includeDrafts=true");
        Dialect dialect = query.contains("rfc4180") ? Dialect.RFC4180 : Dialect.SV;
        byte[] expected = exports.csv(exports.table(UUID.fromString(id), results.filter(county, null), drafts, ADMIN),
                dialect);
        byte[] got = given().cookie("kl_session", session).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=csv" + query).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(expected, got, new String(got, StandardCharsets.UTF_8));
    }

    private void assertXlsxSame(String session, String id) throws IOException {
        byte[] expected = exports.xlsx(exports.table(UUID.fromString(id), results.filter(null, null), false, ADMIN));
        byte[] got = given().cookie("kl_session", session).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(cells(expected), cells(got));
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            cells.add(sheet.getSheetName());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(row.getRowNum() + ":" + cell.getColumnIndex() + " " + cell.getCellType() + " "
                            + cell.getCellStyle().getDataFormatString() + " " + cell);
                }
            }
        }
        assertTrue(cells.size() > 1);
        return cells;
    }

    /** The byte writer alone against Commons CSV through an OutputStreamWriter, on random text. */
    @Test
    void shouldWriteTheBytesCommonsCsvWritesForAnyText() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab =+-@#!\"';,\t\r\n åäö€😀\uD800\uDC00\uDFFF\uD83D#0123.";
        for (int round = 0; round < 300; round++) {
            List<String> header = List.of("A", "B;", "=C");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < 1 + random.nextInt(4); r++) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < 1 + random.nextInt(4); c++) {
                    int kind = random.nextInt(6);
                    if (kind == 0) {
                        row.add(null);
                    } else if (kind == 1) {
                        row.add(new java.math.BigDecimal(random.nextInt(20000) - 10000).movePointLeft(random.nextInt(3)));
                    } else {
                        StringBuilder text = new StringBuilder();
                        for (int i = random.nextInt(kind == 2 ? 2 : 12); i > 0; i--) {
                            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                        row.add(text.toString());
                    }
                }
                rows.add(row);
            }
            for (Dialect dialect : Dialect.values()) {
                ByteArrayOutputStream reference = new ByteArrayOutputStream();
                try (Writer writer = new OutputStreamWriter(reference, StandardCharsets.UTF_8)) {
                    CsvWriter.write(writer, dialect, header, rows);
                }
                ByteArrayOutputStream streamed = new ByteArrayOutputStream();
                CsvWriter.Bytes file = CsvWriter.bytes(streamed, dialect, header);
                for (List<Object> row : rows) {
                    for (Object value : row) {
                        file.cell(value);
                    }
                    file.endRow();
                }
                file.flush();
                assertArrayEquals(reference.toByteArray(), streamed.toByteArray(), rows.toString());
            }
        }
    }
}
