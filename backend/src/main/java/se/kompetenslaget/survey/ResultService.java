package se.kompetenslaget.survey;

import se.kompetenslaget.common.ReadDataSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.catalogue.CatalogueDtos.ProfessionView;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.SearchText;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.Definition.MatrixColumn;
import se.kompetenslaget.survey.Definition.MatrixRow;
import se.kompetenslaget.survey.Definition.Option;
import se.kompetenslaget.survey.Definition.Question;
import se.kompetenslaget.survey.Definition.Text;
import se.kompetenslaget.survey.SurveyDtos.CampaignRates;
import se.kompetenslaget.survey.SurveyDtos.CountyCampaignRate;
import se.kompetenslaget.survey.SurveyDtos.CountyRate;
import se.kompetenslaget.survey.SurveyDtos.MatrixCellResult;
import se.kompetenslaget.survey.SurveyDtos.MunicipalityRate;
import se.kompetenslaget.survey.SurveyDtos.NumberStats;
import se.kompetenslaget.survey.SurveyDtos.OptionCount;
import se.kompetenslaget.survey.SurveyDtos.ProfessionCount;
import se.kompetenslaget.survey.SurveyDtos.QuestionResult;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireRates;
import se.kompetenslaget.survey.SurveyDtos.Rate;
import se.kompetenslaget.survey.SurveyDtos.Results;
import se.kompetenslaget.survey.SurveyDtos.TextAnswer;

/** Response rates and per-question results, always limited to the municipalities the caller may see. */
@ApplicationScoped
@Transactional
public class ResultService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final Places places;
    private final Definitions definitions;
    private final Catalogue catalogue;
    private final QuestionnaireService questionnaires;
    private final InvitationService invitations;
    /** Heavy reads: the standby when one is configured (common/ReadDataSource). */
    private final ReadDataSource dataSource;
    private final ResponseRows storedRows;

    public ResultService(EntityManager em, AccessPolicy access, Places places, Definitions definitions,
            Catalogue catalogue, QuestionnaireService questionnaires, InvitationService invitations,
            ReadDataSource dataSource, ResponseRows rows) {
        this.dataSource = dataSource;
        this.storedRows = rows;
        this.em = em;
        this.access = access;
        this.places = places;
        this.definitions = definitions;
        this.catalogue = catalogue;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
    }

    /** Which municipalities a result covers: a county, an explicit list, or all; and what the caller may see. */
    public record Filter(String countyCode, List<String> municipalityCodes) {

        Predicate<String> predicate(Caller caller, String ownerCountyCode) {
            Set<String> listed = municipalityCodes == null || municipalityCodes.isEmpty() ? null
                    : new HashSet<>(municipalityCodes);
            return code -> (countyCode == null || code.startsWith(countyCode))
                    && (listed == null || listed.contains(code))
                    && caller.maySeeSurveyAnswersOf(ownerCountyCode, code);
        }
    }

    public Filter filter(String countyCode, List<String> municipalityCodes) {
        List<Violation> violations = new ArrayList<>();
        if (countyCode != null && !places.counties().containsKey(countyCode)) {
            violations.add(new Violation("county", "query", "there is no county " + countyCode));
        }
        if (municipalityCodes != null) {
            for (String code : municipalityCodes) {
                if (!places.all().containsKey(code)) {
                    violations.add(new Violation("municipality", "query", "there is no municipality " + code));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("The filter is not valid.", violations);
        }
        return new Filter(countyCode, municipalityCodes);
    }

    // --- Response rates --------------------------------------------------------------------------------

    public QuestionnaireRates questionnaireRates(UUID id, Filter filter) {
        Caller caller = access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(id);
        List<InvitationService.Row> rows = visibleRows(questionnaire, filter, caller);
        return questionnaireRates(questionnaire, rows);
    }

    private QuestionnaireRates questionnaireRates(Questionnaire questionnaire, List<InvitationService.Row> rows) {
        Map<String, List<InvitationService.Row>> byCounty = new TreeMap<>();
        rows.forEach(row -> byCounty.computeIfAbsent(row.invitation().municipalityCode.substring(0, 2),
                ignored -> new ArrayList<>()).add(row));
        List<CountyRate> counties = byCounty.entrySet().stream().map(entry -> new CountyRate(entry.getKey(),
                places.counties().get(entry.getKey()), rate(entry.getValue()))).toList();
        return new QuestionnaireRates(questionnaire.id, QuestionnaireService.title(questionnaire), rate(rows), counties);
    }

    public CampaignRates campaignRates(UUID campaignId, Filter filter) {
        Caller caller = access.requireSurveyReader();
        Campaign campaign = questionnaires.findCampaign(campaignId);
        List<Questionnaire> members = em.createQuery(
                "from Questionnaire q where q.campaignId = ?1 order by q.createdAt, q.id", Questionnaire.class)
                .setParameter(1, campaign.id).getResultList();
        List<QuestionnaireRates> perQuestionnaire = new ArrayList<>();
        List<InvitationService.Row> all = new ArrayList<>();
        for (Questionnaire questionnaire : members) {
            List<InvitationService.Row> rows = visibleRows(questionnaire, filter, caller);
            perQuestionnaire.add(questionnaireRates(questionnaire, rows));
            all.addAll(rows);
        }
        Map<String, List<InvitationService.Row>> byCounty = new TreeMap<>();
        all.forEach(row -> byCounty.computeIfAbsent(row.invitation().municipalityCode.substring(0, 2),
                ignored -> new ArrayList<>()).add(row));
        List<CountyCampaignRate> counties = byCounty.entrySet().stream().map(entry -> new CountyCampaignRate(
                entry.getKey(), places.counties().get(entry.getKey()), rate(entry.getValue()),
                municipalityRate(entry.getValue()))).toList();
        return new CampaignRates(campaign.id, rate(all), municipalityRate(all), perQuestionnaire, counties);
    }

    private List<InvitationService.Row> visibleRows(Questionnaire questionnaire, Filter filter, Caller caller) {
        Predicate<String> visible = filter.predicate(caller, questionnaire.ownerCountyCode);
        return invitations.rows(questionnaire.id).stream()
                .filter(row -> row.invitation().revokedAt == null)
                .filter(row -> visible.test(row.invitation().municipalityCode)).toList();
    }

    private static Rate rate(Collection<InvitationService.Row> rows) {
        long invited = rows.size();
        long started = rows.stream().filter(r -> r.status() == SurveyDtos.InvitationStatus.started).count();
        long submitted = rows.stream().filter(r -> r.status() == SurveyDtos.InvitationStatus.submitted).count();
        return new Rate(invited, invited - started - submitted, started, submitted, percent(submitted, invited));
    }

    private static MunicipalityRate municipalityRate(Collection<InvitationService.Row> rows) {
        Set<String> invited = new HashSet<>();
        Set<String> submitted = new HashSet<>();
        rows.forEach(row -> {
            invited.add(row.invitation().municipalityCode);
            if (row.status() == SurveyDtos.InvitationStatus.submitted) {
                submitted.add(row.invitation().municipalityCode);
            }
        });
        return new MunicipalityRate(invited.size(), submitted.size(), percent(submitted.size(), invited.size()));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    // --- Per-question results --------------------------------------------------------------------------

    /** A submitted response in the filter. */
    record Submitted(String municipalityCode, ObjectNode answers, java.time.Instant submittedAt, int version)
            implements ExportService.Response {

        @Override
        public JsonNode answer(String questionId) {
            return answers.get(questionId);
        }
    }

    /** The responses in the filter; plain JDBC, as exports read thousands of rows. */
    List<Submitted> submitted(Questionnaire questionnaire, Filter filter, Caller caller, boolean includeDrafts) {
        return submitted(questionnaire.id, filter.predicate(caller, questionnaire.ownerCountyCode), includeDrafts);
    }

    /** The same for a questionnaire known by its id and owner (an export's reference table). */
    List<Submitted> submitted(UUID questionnaireId, String ownerCountyCode, Filter filter, Caller caller,
            boolean includeDrafts) {
        return submitted(questionnaireId, filter.predicate(caller, ownerCountyCode), includeDrafts);
    }

    private List<Submitted> submitted(Questionnaire questionnaire, Predicate<String> visible, boolean includeDrafts) {
        return submitted(questionnaire.id, visible, includeDrafts);
    }

    private List<Submitted> submitted(UUID questionnaireId, Predicate<String> visible, boolean includeDrafts) {
        List<Submitted> result = new ArrayList<>();
        try {
            storedRows.each(questionnaireId, visible, includeDrafts, (code, answers, submittedAt, version) -> result.add(
                    new Submitted(code, definitions.object(new String(answers, StandardCharsets.UTF_8)), submittedAt,
                            version)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    public Results results(UUID id, Filter filter) {
        Caller caller = access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(id);
        Definition definition = definitions.parse(questionnaires.currentVersion(questionnaire).definition, Definition.class);
        List<Submitted> responses = submitted(questionnaire, filter, caller, false);
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : definition.questionList()) {
            results.add(result(question, responses, questionnaire.anonymous));
        }
        return new Results(questionnaire.id, questionnaire.currentVersion, responses.size(), results);
    }

    private QuestionResult result(Question question, List<Submitted> responses, boolean anonymous) {
        List<Map.Entry<String, JsonNode>> answered = new ArrayList<>();
        for (Submitted response : responses) {
            JsonNode answer = response.answers().get(question.id());
            if (!AnswerRules.isEmpty(answer)) {
                answered.add(Map.entry(response.municipalityCode(), answer));
            }
        }
        long n = answered.size();
        List<OptionCount> options = null;
        NumberStats number = null;
        List<ProfessionCount> professions = null;
        List<MatrixCellResult> matrix = null;
        List<TextAnswer> texts = null;
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                options = new ArrayList<>();
                for (Option option : question.options()) {
                    JsonNode value = definitions.json().getNodeFactory().textNode(option.value());
                    long count = answered.stream().filter(a -> AnswerRules.matchesValue(a.getValue(), value)).count();
                    options.add(new OptionCount(option.value(), option.label(), count, percent(count, n)));
                }
            }
            case YES_NO -> {
                long yes = answered.stream().filter(a -> a.getValue().asBoolean()).count();
                options = List.of(new OptionCount("true", new Text("Ja", "Yes"), yes, percent(yes, n)),
                        new OptionCount("false", new Text("Nej", "No"), n - yes, percent(n - yes, n)));
            }
            case NUMBER -> number = stats(answered.stream().filter(a -> a.getValue().isNumber())
                    .map(a -> a.getValue().decimalValue()).toList(), question);
            case PROFESSION -> professions = ranking(answered.stream().map(a -> Map.entry(a.getKey(),
                    codes(a.getValue()))).toList(), n);
            case MATRIX -> matrix = matrix(question, answered, anonymous);
            case TEXT, DATE -> texts = answered.stream().map(a -> textAnswer(a.getKey(), a.getValue().asText(),
                    anonymous)).toList();
            default -> {
            }
        }
        return new QuestionResult(question.id(), question.type(), question.text(), n, options, number, professions,
                matrix, texts);
    }

    private TextAnswer textAnswer(String municipalityCode, String text, boolean anonymous) {
        if (anonymous) {
            return new TextAnswer(null, null, text);
        }
        Place place = places.municipality(municipalityCode);
        return new TextAnswer(municipalityCode, place.name(), text);
    }

    private static NumberStats stats(List<BigDecimal> values, Question question) {
        if (values.isEmpty()) {
            return new NumberStats(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = Math.max(2, question.number() == null ? 0 : question.number().decimalsOrZero());
        BigDecimal mean = sum.divide(BigDecimal.valueOf(sorted.size()), scale, RoundingMode.HALF_UP);
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), scale, RoundingMode.HALF_UP);
        return new NumberStats(sorted.size(), sum, mean, median, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private static List<String> codes(JsonNode professions) {
        List<String> codes = new ArrayList<>();
        if (professions != null && professions.isArray()) {
            professions.forEach(code -> codes.add(code.asText()));
        }
        return codes;
    }

    /** Professions by the number of municipalities naming them, most first, then in catalogue order. */
    private List<ProfessionCount> ranking(List<Map.Entry<String, List<String>>> named, long base) {
        Map<String, Set<String>> municipalities = new HashMap<>();
        named.forEach(entry -> entry.getValue().forEach(code ->
                municipalities.computeIfAbsent(code, ignored -> new HashSet<>()).add(entry.getKey())));
        List<String> order = catalogue.professions().stream().map(ProfessionView::code).toList();
        return municipalities.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size())
                        .thenComparingInt(e -> order.indexOf(e.getKey())).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    ProfessionView profession = catalogue.profession(e.getKey());
                    return new ProfessionCount(e.getKey(), profession == null ? e.getKey() : profession.nameSv(),
                            e.getValue().size(), percent(e.getValue().size(), base));
                }).toList();
    }

    /** Per row × column: the ranking of named professions and the free texts. Other rows are grouped by label. */
    private List<MatrixCellResult> matrix(Question question, List<Map.Entry<String, JsonNode>> answered,
            boolean anonymous) {
        record RowKey(String id, Text label) {
        }
        Map<String, RowKey> rows = new LinkedHashMap<>();
        for (MatrixRow row : question.matrix().rows()) {
            rows.put(row.id(), new RowKey(row.id(), rowLabel(row)));
        }
        // cells[rowId][columnId] = (municipality, cell)
        Map<String, Map<String, List<Map.Entry<String, JsonNode>>>> cells = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : answered) {
            answer.getValue().path("rows").fields().forEachRemaining(row -> row.getValue().fields().forEachRemaining(
                    cell -> cells.computeIfAbsent(row.getKey(), ignored -> new LinkedHashMap<>())
                            .computeIfAbsent(cell.getKey(), ignored -> new ArrayList<>())
                            .add(Map.entry(answer.getKey(), cell.getValue()))));
            for (JsonNode other : answer.getValue().path("other")) {
                String label = other.path("label").asText("").strip();
                if (label.isEmpty()) {
                    continue;
                }
                String id = "other:" + SearchText.fold(label);
                rows.putIfAbsent(id, new RowKey(id, Text.sv(label)));
                other.path("cells").fields().forEachRemaining(cell -> cells
                        .computeIfAbsent(id, ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(cell.getKey(), ignored -> new ArrayList<>())
                        .add(Map.entry(answer.getKey(), cell.getValue())));
            }
        }
        List<MatrixCellResult> result = new ArrayList<>();
        for (RowKey row : rows.values()) {
            for (MatrixColumn column : question.matrix().columns()) {
                List<Map.Entry<String, JsonNode>> filled = cells.getOrDefault(row.id(), Map.of())
                        .getOrDefault(column.id(), List.of()).stream()
                        .filter(cell -> !AnswerRules.isEmptyCell(cell.getValue())).toList();
                List<ProfessionCount> ranking = ranking(filled.stream().map(cell -> Map.entry(cell.getKey(),
                        codes(cell.getValue().get("professions")))).toList(), filled.size());
                List<TextAnswer> texts = filled.stream().filter(cell -> !AnswerRules.isEmpty(cell.getValue().get("text")))
                        .map(cell -> textAnswer(cell.getKey(), cell.getValue().get("text").asText(), anonymous)).toList();
                result.add(new MatrixCellResult(row.id(), row.label(), column.id(), column.label(), filled.size(),
                        ranking, texts));
            }
        }
        return result;
    }

    // --- For the profiles of municipalities and counties ---------------------------------------------------

    /** A questionnaire with a competence matrix to which some of the municipalities asked about submitted answers. */
    public record Participation(UUID questionnaireId, UUID campaignId, String ownerCountyCode, Text title,
            boolean anonymous, java.time.Instant lastSubmittedAt) {
    }

    /**
     * The questionnaires with a matrix question that any of the municipalities submitted answers to, the latest
     * submitted first. No access check: the profile decides what a caller may see (published campaigns, or a grant).
     */
    public List<Participation> participation(Collection<String> municipalityCodes) {
        List<Participation> result = new ArrayList<>();
        try (Connection connection = dataSource.connection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT q.id, q.campaign_id, q.owner_county_code, q.title_sv, q.title_en, q.anonymous,
                               max(r.submitted_at)
                          FROM survey_response r
                          JOIN invitation i ON i.id = r.invitation_id
                          JOIN questionnaire q ON q.id = r.questionnaire_id
                         WHERE r.status = 'submitted' AND i.revoked_at IS NULL AND r.municipality_code = ANY (?)
                         GROUP BY q.id, q.campaign_id, q.owner_county_code, q.title_sv, q.title_en, q.anonymous
                         ORDER BY max(r.submitted_at) DESC, q.id""")) {
            statement.setArray(1, connection.createArrayOf("text", municipalityCodes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime last = rows.getObject(7, OffsetDateTime.class);
                    result.add(new Participation(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getString(3), new Text(rows.getString(4), rows.getString(5)), rows.getBoolean(6),
                            last == null ? null : last.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the survey participation", e);
        }
        List<Participation> withMatrix = new ArrayList<>();
        for (Participation participation : result) {
            if (matrixQuestion(questionnaires.find(participation.questionnaireId())) != null) {
                withMatrix.add(participation);
            }
        }
        return withMatrix;
    }

    /**
     * The questionnaire's competence matrix over the submitted answers of the municipalities selected: per row ×
     * column, the professions ranked by the number of municipalities naming them. Only cells someone filled in, and
     * no free texts (a profile shows rankings). No access check: for callers that made their own.
     */
    public List<MatrixCellResult> matrixRanking(UUID questionnaireId, Predicate<String> municipalities) {
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        Question question = matrixQuestion(questionnaire);
        if (question == null) {
            return List.of();
        }
        List<Map.Entry<String, JsonNode>> answered = new ArrayList<>();
        for (Submitted response : submitted(questionnaire, municipalities, false)) {
            JsonNode answer = response.answers().get(question.id());
            if (!AnswerRules.isEmpty(answer)) {
                answered.add(Map.entry(response.municipalityCode(), answer));
            }
        }
        return matrix(question, answered, true).stream().filter(cell -> !cell.professions().isEmpty())
                .map(cell -> new MatrixCellResult(cell.rowId(), cell.rowLabel(), cell.columnId(), cell.columnLabel(),
                        cell.answered(), cell.professions(), List.of()))
                .toList();
    }

    private Question matrixQuestion(Questionnaire questionnaire) {
        Definition definition = definitions.parse(questionnaires.currentVersion(questionnaire).definition, Definition.class);
        return definition.questionList().stream().filter(q -> q.type() == Definition.Type.MATRIX)
                .findFirst().orElse(null);
    }

    Text rowLabel(MatrixRow row) {
        if (row.label() != null) {
            return row.label();
        }
        var area = catalogue.serviceArea(row.serviceArea());
        return area == null ? Text.sv(row.id()) : new Text(area.nameSv(), area.nameEn());
    }
}
