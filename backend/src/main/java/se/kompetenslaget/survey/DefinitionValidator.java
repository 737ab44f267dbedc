package se.kompetenslaget.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.survey.Definition.Condition;
import se.kompetenslaget.survey.Definition.Matrix;
import se.kompetenslaget.survey.Definition.Option;
import se.kompetenslaget.survey.Definition.Question;
import se.kompetenslaget.survey.Definition.Section;
import se.kompetenslaget.survey.Definition.Text;
import se.kompetenslaget.survey.Definition.Type;

/** Checks that a questionnaire definition is complete and consistent; each problem names its field. */
final class DefinitionValidator {

    static final Pattern ID = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
    static final Pattern OPTION = Pattern.compile("^[a-z0-9_]{1,40}$");
    static final int MAX_QUESTIONS = 500;

    private final Predicate<String> isProfession;
    private final Predicate<String> isServiceArea;
    private final List<Violation> violations = new ArrayList<>();

    DefinitionValidator(Predicate<String> isProfession, Predicate<String> isServiceArea) {
        this.isProfession = isProfession;
        this.isServiceArea = isServiceArea;
    }

    List<Violation> check(Definition definition, String field) {
        if (definition == null || definition.sections() == null || definition.sections().isEmpty()) {
            add(field + ".sections", "add at least one section");
            return violations;
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        int count = 0;
        for (int s = 0; s < definition.sections().size(); s++) {
            Section section = definition.sections().get(s);
            String sectionField = field + ".sections[" + s + "]";
            if (section == null) {
                add(sectionField, "must not be null");
                continue;
            }
            id(section.id(), sectionField + ".id", sectionIds);
            text(section.title(), sectionField + ".title", true);
            text(section.description(), sectionField + ".description", false);
            if (section.questions() == null) {
                add(sectionField + ".questions", "must be a list (it may be empty)");
                continue;
            }
            for (int q = 0; q < section.questions().size(); q++) {
                count++;
                question(section.questions().get(q), sectionField + ".questions[" + q + "]", questionIds);
            }
        }
        if (count == 0) {
            add(field + ".sections", "add at least one question");
        }
        if (count > MAX_QUESTIONS) {
            add(field + ".sections", "at most " + MAX_QUESTIONS + " questions");
        }
        return violations;
    }

    private void question(Question question, String field, Set<String> earlier) {
        if (question == null) {
            add(field, "must not be null");
            return;
        }
        if (question.showIf() != null) {
            condition(question.showIf(), field + ".showIf", earlier);
        }
        id(question.id(), field + ".id", earlier);
        if (question.type() == null) {
            add(field + ".type", "choose the question's type");
            return;
        }
        text(question.text(), field + ".text", true);
        text(question.help(), field + ".help", false);
        boolean choice = question.type() == Type.SINGLE_CHOICE || question.type() == Type.MULTIPLE_CHOICE;
        if (choice) {
            options(question.options(), field + ".options", question.type() == Type.SINGLE_CHOICE ? 2 : 1);
        } else if (question.options() != null) {
            add(field + ".options", "only choice questions have options");
        }
        boolean counted = question.type() == Type.MULTIPLE_CHOICE || question.type() == Type.PROFESSION;
        if (!counted && (question.minSelected() != null || question.maxSelected() != null)) {
            add(field + ".minSelected", "only multiple choice and profession questions have min/max selected");
        }
        if (question.minSelected() != null && question.minSelected() < 0
                || question.maxSelected() != null && question.maxSelected() < 1) {
            add(field + ".minSelected", "minSelected must be ≥ 0 and maxSelected ≥ 1");
        }
        if (question.minSelected() != null && question.maxSelected() != null
                && question.minSelected() > question.maxSelected()) {
            add(field + ".minSelected", "must not exceed maxSelected");
        }
        if (question.type() == Type.NUMBER) {
            if (question.number() == null || question.number().unit() == null) {
                add(field + ".number.unit", "choose a unit (sek, percent, persons, fte or none)");
            } else {
                Definition.NumberSpec spec = question.number();
                if (spec.decimals() != null && (spec.decimals() < 0 || spec.decimals() > 4)) {
                    add(field + ".number.decimals", "must be 0–4");
                }
                if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
                    add(field + ".number.min", "must not exceed max");
                }
            }
        } else if (question.number() != null) {
            add(field + ".number", "only number questions have number settings");
        }
        if (question.maxLength() != null && (question.type() != Type.TEXT || question.maxLength() < 1
                || question.maxLength() > AnswerRules.MAX_TEXT)) {
            add(field + ".maxLength", "only text questions have maxLength, 1–" + AnswerRules.MAX_TEXT);
        }
        if (question.dateMin() != null && question.dateMax() != null && question.dateMin().isAfter(question.dateMax())) {
            add(field + ".dateMin", "must not be after dateMax");
        }
        if (question.type() == Type.MATRIX) {
            matrix(question.matrix(), field + ".matrix");
        } else if (question.matrix() != null) {
            add(field + ".matrix", "only matrix questions have a matrix");
        }
        if (question.prefillFrom() != null && !ID.matcher(question.prefillFrom()).matches()) {
            add(field + ".prefillFrom", "must be a question id");
        }
    }

    private void condition(Condition condition, String field, Set<String> earlier) {
        if (condition.question() == null || !earlier.contains(condition.question())) {
            add(field + ".question", "must name an earlier question");
        }
        int tests = (condition.equalTo() != null ? 1 : 0) + (condition.anyOf() != null ? 1 : 0)
                + (condition.greaterThan() != null ? 1 : 0) + (condition.includesProfession() != null ? 1 : 0);
        if (tests != 1) {
            add(field, "give exactly one of equalTo, anyOf, greaterThan, includesProfession");
        }
        if (condition.includesProfession() != null && !isProfession.test(condition.includesProfession())) {
            add(field + ".includesProfession", "unknown profession");
        }
    }

    private void options(List<Option> options, String field, int min) {
        if (options == null || options.size() < min) {
            add(field, "give at least " + min + " option" + (min > 1 ? "s" : ""));
            return;
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String optionField = field + "[" + i + "]";
            if (option == null || option.value() == null || !OPTION.matcher(option.value()).matches()) {
                add(optionField + ".value", "must be 1–40 of a-z, 0-9 and _");
                continue;
            }
            if (!values.add(option.value())) {
                add(optionField + ".value", "is used twice");
            }
            text(option.label(), optionField + ".label", true);
        }
    }

    private void matrix(Matrix matrix, String field) {
        if (matrix == null) {
            add(field, "give the matrix's rows and columns");
            return;
        }
        if (matrix.rows() == null || matrix.rows().isEmpty()) {
            add(field + ".rows", "add at least one row");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < matrix.rows().size(); i++) {
                var row = matrix.rows().get(i);
                String rowField = field + ".rows[" + i + "]";
                id(row.id(), rowField + ".id", ids);
                if (row.serviceArea() != null && !isServiceArea.test(row.serviceArea())) {
                    add(rowField + ".serviceArea", "unknown service area");
                }
                if (row.serviceArea() == null) {
                    text(row.label(), rowField + ".label", true);
                } else {
                    text(row.label(), rowField + ".label", false);
                }
            }
        }
        if (matrix.otherRows() != null && (matrix.otherRows() < 0 || matrix.otherRows() > 10)) {
            add(field + ".otherRows", "must be 0–10");
        }
        if (matrix.columns() == null || matrix.columns().isEmpty()) {
            add(field + ".columns", "add at least one column");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            var column = matrix.columns().get(i);
            String columnField = field + ".columns[" + i + "]";
            id(column.id(), columnField + ".id", ids);
            text(column.label(), columnField + ".label", true);
            if (column.cell() == null) {
                add(columnField + ".cell", "choose professions, text or professions_and_text");
            }
        }
    }

    private void id(String id, String field, Set<String> seen) {
        if (id == null || !ID.matcher(id).matches()) {
            add(field, "must start with a-z and have at most 40 of a-z, 0-9 and _");
        } else if (!seen.add(id)) {
            add(field, "\"" + id + "\" is used twice");
        }
    }

    private void text(Text text, String field, boolean required) {
        if (text == null) {
            if (required) {
                add(field + ".sv", "a Swedish text is required");
            }
            return;
        }
        if (text.sv() == null || text.sv().isBlank()) {
            add(field + ".sv", "a Swedish text is required");
        } else if (text.sv().length() > 4000 || text.en() != null && text.en().length() > 4000) {
            add(field, "at most 4000 characters");
        }
    }

    private void add(String field, String message) {
        violations.add(new Violation(field, "body", message));
    }
}
