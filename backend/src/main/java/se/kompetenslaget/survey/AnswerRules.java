package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.survey.Definition.CellKind;
import se.kompetenslaget.survey.Definition.Condition;
import se.kompetenslaget.survey.Definition.Matrix;
import se.kompetenslaget.survey.Definition.MatrixColumn;
import se.kompetenslaget.survey.Definition.Question;

/**
 * Checks answers against a definition: the shape of each answer on every save, and on submit also that every shown
 * required question is answered. Conditions (show-if) are evaluated here, for the server and, by the same rules,
 * mirrored in the SPA.
 */
final class AnswerRules {

    static final int MAX_TEXT = 10_000;
    static final int MAX_CELL_TEXT = 4_000;

    private final Definition definition;
    private final Predicate<String> isProfession;
    private final Map<String, Question> byId = new HashMap<>();

    AnswerRules(Definition definition, Predicate<String> isProfession) {
        this.definition = definition;
        this.isProfession = isProfession;
        definition.questions().forEach(question -> byId.put(question.id(), question));
    }

    /** Problems with the answers' shape; on submit also missing required answers. Fields are {@code answers.<id>…}. */
    List<Violation> check(ObjectNode answers, boolean submitting) {
        List<Violation> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Question question = byId.get(entry.getKey());
            String field = "answers." + entry.getKey();
            if (question == null) {
                violations.add(violation(field, "there is no such question in this questionnaire"));
            } else if (!isEmpty(entry.getValue())) {
                checkValue(question, entry.getValue(), field, violations);
            }
        }
        if (submitting) {
            definition.questions().forEach(question -> {
                if (question.isRequired() && isShown(question, answers) && isEmpty(answers.get(question.id()))) {
                    violations.add(violation("answers." + question.id(), "an answer is required"));
                }
            });
        }
        return violations;
    }

    /** Whether the question is shown given the answers: its condition holds and the question it depends on is shown. */
    boolean isShown(Question question, ObjectNode answers) {
        Set<String> seen = new HashSet<>();
        Question current = question;
        while (current.showIf() != null) {
            if (!seen.add(current.id())) {
                return false;
            }
            Condition condition = current.showIf();
            if (!holds(condition, answers.get(condition.question()))) {
                return false;
            }
            current = byId.get(condition.question());
            if (current == null) {
                return false;
            }
        }
        return true;
    }

    /** Removes the answers of questions that are not shown, so results do not count them. */
    void dropHidden(ObjectNode answers) {
        definition.questions().forEach(question -> {
            if (answers.has(question.id()) && !isShown(question, answers)) {
                answers.remove(question.id());
            }
        });
    }

    static boolean holds(Condition condition, JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return false;
        }
        if (condition.equalTo() != null) {
            return matchesValue(answer, condition.equalTo());
        }
        if (condition.anyOf() != null) {
            return condition.anyOf().stream().anyMatch(value -> matchesValue(answer, value));
        }
        if (condition.greaterThan() != null) {
            return answer.isNumber() && answer.decimalValue().compareTo(condition.greaterThan()) > 0;
        }
        if (condition.includesProfession() != null) {
            return namesProfession(answer, condition.includesProfession(), null, null);
        }
        return false;
    }

    /** Equal, or for an array answer (multiple choice), among the values chosen. Numbers compare by value. */
    static boolean matchesValue(JsonNode answer, JsonNode value) {
        if (answer.isArray()) {
            for (JsonNode item : answer) {
                if (matchesValue(item, value)) {
                    return true;
                }
            }
            return false;
        }
        if (answer.isNumber() && value.isNumber()) {
            return answer.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return answer.equals(value);
    }

    /** Whether a profession or matrix answer names the profession (in the row/column given, or anywhere). */
    static boolean namesProfession(JsonNode answer, String profession, String rowId, String columnId) {
        if (answer.isArray()) {
            for (JsonNode item : answer) {
                if (profession.equals(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        if (!answer.isObject()) {
            return false;
        }
        List<JsonNode> rows = new ArrayList<>();
        JsonNode namedRows = answer.path("rows");
        namedRows.fields().forEachRemaining(row -> {
            if (rowId == null || rowId.equals(row.getKey())) {
                rows.add(row.getValue());
            }
        });
        if (rowId == null) {
            answer.path("other").forEach(other -> rows.add(other.path("cells")));
        }
        for (JsonNode row : rows) {
            for (Iterator<Map.Entry<String, JsonNode>> cells = row.fields(); cells.hasNext();) {
                Map.Entry<String, JsonNode> cell = cells.next();
                if ((columnId == null || columnId.equals(cell.getKey()))
                        && namesProfession(cell.getValue().path("professions"), profession, null, null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Unanswered: absent, null, an empty string or array, or a matrix with no filled cell. */
    static boolean isEmpty(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isTextual()) {
            return value.asText().isBlank();
        }
        if (value.isArray()) {
            return value.isEmpty();
        }
        if (value.isObject()) {
            if (!value.has("rows") && !value.has("other")) {
                return value.isEmpty();
            }
            for (JsonNode row : value.path("rows")) {
                for (JsonNode cell : row) {
                    if (!isEmptyCell(cell)) {
                        return false;
                    }
                }
            }
            for (JsonNode other : value.path("other")) {
                for (JsonNode cell : other.path("cells")) {
                    if (!isEmptyCell(cell)) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    static boolean isEmptyCell(JsonNode cell) {
        return isEmpty(cell.get("professions")) && isEmpty(cell.get("text"));
    }

    private void checkValue(Question question, JsonNode value, String field, List<Violation> violations) {
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                if (!value.isTextual() || question.option(value.asText()).isEmpty()) {
                    violations.add(violation(field, "must be one of the question's options"));
                }
            }
            case MULTIPLE_CHOICE -> checkChoices(question, value, field, violations);
            case YES_NO -> {
                if (!value.isBoolean()) {
                    violations.add(violation(field, "must be true or false"));
                }
            }
            case NUMBER -> checkNumber(question, value, field, violations);
            case TEXT -> {
                int max = question.maxLength() == null ? MAX_TEXT : question.maxLength();
                if (!value.isTextual()) {
                    violations.add(violation(field, "must be text"));
                } else if (value.asText().length() > max) {
                    violations.add(violation(field, "must be at most " + max + " characters"));
                }
            }
            case DATE -> checkDate(question, value, field, violations);
            case PROFESSION -> checkProfessions(value, field, Boolean.TRUE.equals(question.multiple()) ? null : 1,
                    question, violations);
            case MATRIX -> checkMatrix(question.matrix(), value, field, violations);
            default -> violations.add(violation(field, "unknown question type"));
        }
    }

    private static void checkChoices(Question question, JsonNode value, String field, List<Violation> violations) {
        if (!value.isArray()) {
            violations.add(violation(field, "must be a list of the question's options"));
            return;
        }
        Set<String> chosen = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || question.option(item.asText()).isEmpty()) {
                violations.add(violation(field, "must only name the question's options"));
                return;
            }
            if (!chosen.add(item.asText())) {
                violations.add(violation(field, "names " + item.asText() + " twice"));
                return;
            }
        }
        checkCount(question, chosen.size(), field, violations);
    }

    private static void checkCount(Question question, int count, String field, List<Violation> violations) {
        if (question.minSelected() != null && count < question.minSelected()) {
            violations.add(violation(field, "choose at least " + question.minSelected()));
        }
        if (question.maxSelected() != null && count > question.maxSelected()) {
            violations.add(violation(field, "choose at most " + question.maxSelected()));
        }
    }

    private static void checkNumber(Question question, JsonNode value, String field, List<Violation> violations) {
        if (!value.isNumber() || (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue()))) {
            violations.add(violation(field, "must be a number"));
            return;
        }
        BigDecimal number = value.decimalValue();
        Definition.NumberSpec spec = question.number();
        int decimals = spec == null ? 0 : spec.decimalsOrZero();
        if (number.stripTrailingZeros().scale() > decimals) {
            violations.add(violation(field, decimals == 0 ? "must be a whole number" : "at most " + decimals + " decimals"));
        }
        if (spec != null && spec.min() != null && number.compareTo(spec.min()) < 0) {
            violations.add(violation(field, "must be at least " + spec.min().toPlainString()));
        }
        if (spec != null && spec.max() != null && number.compareTo(spec.max()) > 0) {
            violations.add(violation(field, "must be at most " + spec.max().toPlainString()));
        }
    }

    private static void checkDate(Question question, JsonNode value, String field, List<Violation> violations) {
        LocalDate date;
        try {
            date = value.isTextual() ? LocalDate.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            violations.add(violation(field, "must be a date, YYYY-MM-DD"));
            return;
        }
        if (question.dateMin() != null && date.isBefore(question.dateMin())) {
            violations.add(violation(field, "must be on or after " + question.dateMin()));
        }
        if (question.dateMax() != null && date.isAfter(question.dateMax())) {
            violations.add(violation(field, "must be on or before " + question.dateMax()));
        }
    }

    private void checkProfessions(JsonNode value, String field, Integer max, Question question,
            List<Violation> violations) {
        if (!value.isArray()) {
            violations.add(violation(field, "must be a list of profession codes"));
            return;
        }
        Set<String> named = new HashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || !isProfession.test(item.asText())) {
                violations.add(violation(field, "names an unknown profession: " + item));
                return;
            }
            if (!named.add(item.asText())) {
                violations.add(violation(field, "names " + item.asText() + " twice"));
                return;
            }
        }
        if (max != null && named.size() > max) {
            violations.add(violation(field, "pick one profession"));
        }
        if (question != null) {
            checkCount(question, named.size(), field, violations);
        }
    }

    private void checkMatrix(Matrix matrix, JsonNode value, String field, List<Violation> violations) {
        if (!value.isObject()) {
            violations.add(violation(field, "must be an object with rows and other"));
            return;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("rows") && !name.equals("other")) {
                violations.add(violation(field + "." + name, "unknown field; use rows and other"));
            }
        }
        JsonNode rows = value.path("rows");
        if (!rows.isMissingNode() && !rows.isObject()) {
            violations.add(violation(field + ".rows", "must be an object: row id → cells"));
        } else {
            rows.fields().forEachRemaining(row -> {
                String rowField = field + ".rows." + row.getKey();
                if (matrix.row(row.getKey()).isEmpty()) {
                    violations.add(violation(rowField, "there is no such row"));
                } else {
                    checkCells(matrix, row.getValue(), rowField, violations);
                }
            });
        }
        JsonNode other = value.path("other");
        if (other.isMissingNode() || other.isNull()) {
            return;
        }
        if (!other.isArray()) {
            violations.add(violation(field + ".other", "must be a list of {label, cells}"));
            return;
        }
        if (other.size() > matrix.otherRowsOrZero()) {
            violations.add(violation(field + ".other", "at most " + matrix.otherRowsOrZero() + " other rows"));
            return;
        }
        for (int i = 0; i < other.size(); i++) {
            JsonNode row = other.get(i);
            String rowField = field + ".other[" + i + "]";
            if (!row.isObject() || !row.path("label").isTextual()) {
                violations.add(violation(rowField + ".label", "name the area"));
                continue;
            }
            if (row.path("label").asText().length() > 200) {
                violations.add(violation(rowField + ".label", "must be at most 200 characters"));
            }
            if (row.path("label").asText().isBlank() && !isEmptyRow(row.path("cells"))) {
                violations.add(violation(rowField + ".label", "name the area"));
            }
            checkCells(matrix, row.path("cells"), rowField + ".cells", violations);
        }
    }

    private static boolean isEmptyRow(JsonNode cells) {
        for (JsonNode cell : cells) {
            if (!isEmptyCell(cell)) {
                return false;
            }
        }
        return true;
    }

    private void checkCells(Matrix matrix, JsonNode cells, String rowField, List<Violation> violations) {
        if (!cells.isObject()) {
            if (!cells.isMissingNode() && !cells.isNull()) {
                violations.add(violation(rowField, "must be an object: column id → cell"));
            }
            return;
        }
        cells.fields().forEachRemaining(cell -> {
            String cellField = rowField + "." + cell.getKey();
            MatrixColumn column = matrix.column(cell.getKey()).orElse(null);
            if (column == null) {
                violations.add(violation(cellField, "there is no such column"));
                return;
            }
            JsonNode content = cell.getValue();
            if (content.isNull()) {
                return;
            }
            if (!content.isObject()) {
                violations.add(violation(cellField, "must be {professions, text}"));
                return;
            }
            content.fieldNames().forEachRemaining(name -> {
                boolean allowed = name.equals("professions") && column.cell().professions()
                        || name.equals("text") && column.cell().text();
                if (!allowed) {
                    violations.add(violation(cellField + "." + name, column.cell() == CellKind.TEXT
                            ? "this column takes text" : column.cell() == CellKind.PROFESSIONS
                            ? "this column takes professions" : "unknown field; use professions and text"));
                }
            });
            JsonNode professions = content.get("professions");
            if (professions != null && !professions.isNull() && column.cell().professions()) {
                checkProfessions(professions, cellField + ".professions", null, null, violations);
            }
            JsonNode text = content.get("text");
            if (text != null && !text.isNull() && column.cell().text()) {
                if (!text.isTextual()) {
                    violations.add(violation(cellField + ".text", "must be text"));
                } else if (text.asText().length() > MAX_CELL_TEXT) {
                    violations.add(violation(cellField + ".text", "must be at most " + MAX_CELL_TEXT + " characters"));
                }
            }
        });
    }

    private static Violation violation(String field, String message) {
        return new Violation(field, "body", message);
    }
}
