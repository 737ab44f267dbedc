package se.kompetenslaget.survey;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a questionnaire asks: sections of questions. Stored as JSON per version and frozen once the questionnaire has
 * been open, so an answer is always read against the definition it was given on. {@link DefinitionValidator} checks it.
 */
@Schema(name = "QuestionnaireDefinition", description = "The sections and questions of one version of a questionnaire.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Definition(
        @Schema(required = true, description = "At least one section.") List<Section> sections) {

    /** Every question, in order. */
    public Stream<Question> questions() {
        return sections == null ? Stream.empty()
                : sections.stream().filter(s -> s.questions() != null).flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }

    public List<Question> questionList() {
        return new ArrayList<>(questions().toList());
    }

    @Schema(name = "LocalizedText", description = "A text in Swedish (required) and English (optional).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(
            @Schema(required = true, examples = "Barn och unga") String sv,
            @Schema(examples = "Children and young people") String en) {

        public static Text sv(String sv) {
            return new Text(sv, null);
        }
    }

    @Schema(name = "QuestionnaireSection")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(
            @Schema(required = true, pattern = "^[a-z][a-z0-9_]{0,39}$", examples = "s1") String id,
            @Schema(required = true) Text title,
            Text description,
            @Schema(required = true) List<Question> questions) {
    }

    @Schema(name = "QuestionType", enumeration = {"single_choice", "multiple_choice", "yes_no", "number", "text", "date",
            "profession", "matrix"})
    public enum Type {
        SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, NUMBER, TEXT, DATE, PROFESSION, MATRIX;

        @JsonValue
        public String value() {
            return name().toLowerCase();
        }
    }

    @Schema(name = "Question", description = """
            One question. Which of the optional fields apply depends on `type`: `options` (single_choice,
            multiple_choice), `minSelected`/`maxSelected` (multiple_choice, profession), `number` (number),
            `maxLength`/`multiline` (text), `dateMin`/`dateMax` (date), `multiple` (profession), `matrix` (matrix).
            Answers: single_choice a string (an option's value), multiple_choice an array of them, yes_no a boolean,
            number a number, text a string, date YYYY-MM-DD, profession an array of profession codes, matrix an
            object {rows: {rowId: {columnId: {professions: [codes], text}}}, other: [{label, cells: {columnId: …}}]}.""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @Schema(required = true, pattern = "^[a-z][a-z0-9_]{0,39}$", examples = "hired_children_authority") String id,
            @Schema(required = true) Type type,
            @Schema(required = true) Text text,
            Text help,
            @Schema(description = "An answer is needed to submit (when the question is shown).") Boolean required,
            List<Option> options,
            Integer minSelected,
            Integer maxSelected,
            NumberSpec number,
            Integer maxLength,
            Boolean multiline,
            LocalDate dateMin,
            LocalDate dateMax,
            @Schema(description = "profession: one or many may be picked.") Boolean multiple,
            Matrix matrix,
            Condition showIf,
            @Schema(description = "The id of a question in the questionnaire's prefill source whose submitted answer "
                    + "this question starts with.") String prefillFrom) {

        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }

        public Optional<Option> option(String value) {
            return options == null ? Optional.empty() : options.stream().filter(o -> o.value().equals(value)).findFirst();
        }
    }

    @Schema(name = "QuestionOption")
    public record Option(
            @Schema(required = true, pattern = "^[a-z0-9_]{1,40}$", examples = "no_qualified_applicants") String value,
            @Schema(required = true) Text label) {
    }

    @Schema(name = "NumberUnit", enumeration = {"sek", "percent", "persons", "fte", "none"})
    public enum Unit {
        SEK, PERCENT, PERSONS, FTE, NONE;

        @JsonValue
        public String value() {
            return name().toLowerCase();
        }
    }

    @Schema(name = "NumberSpec", description = "Unit, decimals allowed (0 = integer) and bounds of a number question.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NumberSpec(
            @Schema(required = true) Unit unit,
            @Schema(minimum = "0", maximum = "4") Integer decimals,
            BigDecimal min,
            BigDecimal max) {

        public int decimalsOrZero() {
            return decimals == null ? 0 : decimals;
        }
    }

    @Schema(name = "CellKind", enumeration = {"professions", "text", "professions_and_text"})
    public enum CellKind {
        PROFESSIONS, TEXT, PROFESSIONS_AND_TEXT;

        @JsonValue
        public String value() {
            return name().toLowerCase();
        }

        public boolean professions() {
            return this != TEXT;
        }

        public boolean text() {
            return this != PROFESSIONS;
        }
    }

    @Schema(name = "Matrix", description = "Rows (service areas or custom) by columns such as brist / sårbar / "
            + "kompetensgap; `otherRows` extra rows the respondent names (\"Annat område, ange vilket\").")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Matrix(
            @Schema(required = true) List<MatrixRow> rows,
            @Schema(minimum = "0", maximum = "10") Integer otherRows,
            @Schema(required = true) List<MatrixColumn> columns) {

        public int otherRowsOrZero() {
            return otherRows == null ? 0 : otherRows;
        }

        public Optional<MatrixRow> row(String id) {
            return rows.stream().filter(r -> r.id().equals(id)).findFirst();
        }

        public Optional<MatrixColumn> column(String id) {
            return columns.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    @Schema(name = "MatrixRow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatrixRow(
            @Schema(required = true, pattern = "^[a-z][a-z0-9_]{0,39}$", examples = "barn_unga") String id,
            @Schema(description = "Defaults to the service area's name.") Text label,
            @Schema(description = "The service area this row stands for.", examples = "barn_unga") String serviceArea) {
    }

    @Schema(name = "MatrixColumn")
    public record MatrixColumn(
            @Schema(required = true, pattern = "^[a-z][a-z0-9_]{0,39}$", examples = "brist") String id,
            @Schema(required = true) Text label,
            @Schema(required = true) CellKind cell) {
    }

    @Schema(name = "Condition", description = "Show the question only when an earlier question's answer equals a "
            + "value, is one of several, is greater than a number, or names a profession. Exactly one test.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(
            @Schema(required = true, examples = "hired_children_authority") String question,
            @Schema(description = "The answer equals this value (named `equals` before 2.0.0, still read).")
            @JsonAlias("equals") JsonNode equalTo,
            List<JsonNode> anyOf,
            BigDecimal greaterThan,
            String includesProfession) {
    }
}
