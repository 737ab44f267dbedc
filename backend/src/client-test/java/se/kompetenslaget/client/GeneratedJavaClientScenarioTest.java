package se.kompetenslaget.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.client.api.AnsweringApi;
import se.kompetenslaget.client.api.ApiTokensApi;
import se.kompetenslaget.client.api.MunicipalitiesApi;
import se.kompetenslaget.client.api.SignInApi;
import se.kompetenslaget.client.api.StaffingAgencyCostsApi;
import se.kompetenslaget.client.api.SurveyResultsApi;
import se.kompetenslaget.client.api.SurveysApi;
import se.kompetenslaget.client.model.AnswersUpdate;
import se.kompetenslaget.client.model.ApiTokenCreated;
import se.kompetenslaget.client.model.ApiTokenRequest;
import se.kompetenslaget.client.model.CostBatch;
import se.kompetenslaget.client.model.CostBatchResult;
import se.kompetenslaget.client.model.CostLine;
import se.kompetenslaget.client.model.HiredStaffShares;
import se.kompetenslaget.client.model.InvitationRequest;
import se.kompetenslaget.client.model.InvitationTargetKind;
import se.kompetenslaget.client.model.InvitationsCreated;
import se.kompetenslaget.client.model.KpiValue;
import se.kompetenslaget.client.model.Me;
import se.kompetenslaget.client.model.MunicipalityPage;
import se.kompetenslaget.client.model.Question;
import se.kompetenslaget.client.model.QuestionOption;
import se.kompetenslaget.client.model.Questionnaire;
import se.kompetenslaget.client.model.RespondentForm;
import se.kompetenslaget.client.model.Scope;
import se.kompetenslaget.client.model.SignInRequest;
import se.kompetenslaget.client.model.TemplateImportRequest;
import se.kompetenslaget.client.model.TemplateKey;
import se.kompetenslaget.support.Fixtures;

/**
 * The integrator's scenario through the Java client generated from openapi.yaml (java.net.http + Jackson, never
 * edited; Maven profile {@code clients}) against the running test server: the same steps as the Python and
 * TypeScript scenarios that .ci/test runs against the built product.
 */
@QuarkusTest
class GeneratedJavaClientScenarioTest {

    private static final String MUNICIPALITY = "2580";
    private static final int YEAR = 2093;

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URI server;

    private ApiClient client(String token, String cookie) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (cookie != null) {
                request.header("Cookie", "kl_session=" + cookie);
            }
        });
        return client;
    }

    @Test
    void shouldRunTheIntegratorsScenarioThroughTheGeneratedJavaClient() throws Exception {
        String email = fixtures.createUser("java-client-admin", Role.ADMIN, null);

        // Sign in once with e-mail and password; the session cookie creates the first token.
        ApiResponse<Me> signedIn = new SignInApi(client(null, null))
                .signInWithHttpInfo(new SignInRequest().email(email).password(Fixtures.PASSWORD));
        String cookie = signedIn.getHeaders().get("set-cookie").stream().filter(c -> c.startsWith("kl_session="))
                .findFirst().orElseThrow().split(";", 2)[0].substring("kl_session=".length());
        ApiTokenCreated created = new ApiTokensApi(client(null, cookie)).createMyToken(new ApiTokenRequest()
                .name("Java scenario").scopes(scopes("read", "admin", "costs:write", "surveys:manage", "tokens:write"))
                .expiresInDays(1));
        assertTrue(created.getValue().startsWith("klt_"));
        ApiClient admin = client(created.getValue(), null);
        assertEquals("personal_token", new SignInApi(admin).getMe().getKind().getValue());

        MunicipalityPage page = new MunicipalitiesApi(admin).listMunicipalities("25", null, null, null, 100, null, null);
        assertEquals(14, page.getTotalItems());
        assertTrue(page.getItems().stream().anyMatch(m -> m.getCode().equals(MUNICIPALITY)));

        // A token creates the municipality's integration token (tokens:write), no browser involved.
        ApiTokenCreated integration = new ApiTokensApi(admin).createMunicipalityToken(MUNICIPALITY,
                new ApiTokenRequest().name("Lönesystemet (Java)").scopes(scopes("costs:write", "read")));
        assertEquals(MUNICIPALITY, integration.getToken().getMunicipalityCode());
        StaffingAgencyCostsApi costs = new StaffingAgencyCostsApi(client(integration.getValue(), null));

        CostBatch batch = new CostBatch().lines(List.of(
                new CostLine().year(YEAR).serviceArea("hsl").hiredCost(new BigDecimal("100000")).ownCost(new BigDecimal("900000")),
                new CostLine().year(YEAR).serviceArea("aldre").hiredCost(new BigDecimal("50000")).ownCost(new BigDecimal("950000"))));
        String key = "java-scenario-" + UUID.randomUUID();
        ApiResponse<CostBatchResult> first = costs.reportCostLinesWithHttpInfo(MUNICIPALITY, batch, key);
        assertEquals(2, first.getData().getCreated());
        ApiResponse<CostBatchResult> replay = costs.reportCostLinesWithHttpInfo(MUNICIPALITY, batch, key);
        assertEquals(first.getData(), replay.getData());
        assertEquals(List.of("true"), replay.getHeaders().get("idempotent-replayed"));
        assertEquals(2, costs.listCostLines(MUNICIPALITY, null, null, null, YEAR).getTotalItems());

        StaffingAgencyCostsApi reading = new StaffingAgencyCostsApi(admin);
        HiredStaffShares shares = reading.getHiredStaffShares(YEAR, "25", null, null);
        assertEquals(0, new BigDecimal("7.5").compareTo(shares.getTotal().getShare()), shares.getTotal().toString());
        assertEquals(1, shares.getTotal().getMunicipalitiesReporting());
        List<KpiValue> series = reading.getHiredStaffShareSeries(YEAR, YEAR, "25", null, null, null);
        for (String region : List.of(MUNICIPALITY, "0025")) {
            KpiValue value = series.stream().filter(v -> v.getKpi().equals("KL_HIRED_SHARE")
                    && v.getMunicipality().equals(region) && v.getPeriod() == YEAR).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("7.5").compareTo(value.getValue()), region);
        }

        SurveysApi surveys = new SurveysApi(admin);
        assertTrue(surveys.listQuestionnaireTemplates().stream().map(template -> template.getKey().getValue())
                .anyMatch("norrbotten-interview"::equals));
        Questionnaire draft = surveys.importQuestionnaireTemplate(TemplateKey.fromValue("norrbotten-interview"),
                new TemplateImportRequest().ownerCountyCode("25"), "java-template-" + UUID.randomUUID());
        Questionnaire opened = surveys.openQuestionnaire(draft.getId(), null);
        assertEquals("open", opened.getStatus().getValue());
        InvitationsCreated invited = surveys.inviteMunicipalities(opened.getId(), new InvitationRequest()
                .target(InvitationTargetKind.MUNICIPALITIES).municipalityCodes(List.of(MUNICIPALITY)));
        assertEquals(1, invited.getCreated());

        AnsweringApi respondent = new AnsweringApi(client(null, null)); // the link is the credential
        String link = invited.getInvitations().get(0).getToken();
        ApiResponse<RespondentForm> form = respondent.getRespondentFormWithHttpInfo(link);
        List<Question> questions = form.getData().getDefinition().getSections().stream()
                .flatMap(section -> section.getQuestions().stream()).toList();
        Map<String, Object> answers = new LinkedHashMap<>();
        questions.stream().filter(q -> Boolean.TRUE.equals(q.getRequired()) && q.getShowIf() == null)
                .forEach(q -> answers.put(q.getId(), answerFor(q)));
        answers.put(questions.stream().filter(q -> q.getType().getValue().equals("text")).findFirst().orElseThrow().getId(),
                "Svårt att rekrytera socionomer till barn och unga.");
        String etag = form.getHeaders().get("etag").get(0);
        assertEquals("submitted", respondent.submitAnswers(link, etag, new AnswersUpdate().answers(answers))
                .getStatus().getValue());

        // Object, not File: were the contract to type the export as text again, the generated method would return
        // a String and this check would fail rather than the build.
        Object exported = new SurveyResultsApi(admin).exportResponses(opened.getId(), null, null, "xlsx", null, null);
        assertInstanceOf(File.class, exported, "the XLSX export should come back as a file of bytes, not as text");
        byte[] bytes = Files.readAllBytes(((File) exported).toPath());
        assertArrayEquals(new byte[] { 'P', 'K', 3, 4 }, Arrays.copyOf(bytes, 4));
        Set<String> entries = new HashSet<>();
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.add(entry.getName());
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(entries.contains("xl/workbook.xml"), entries.toString());
        assertNotNull(sheet);
        assertTrue(sheet.contains("socionomer"));
    }

    /** A valid answer to a required question, by its type, for whatever the template holds. */
    private static Object answerFor(Question question) {
        return switch (question.getType().getValue()) {
            case "text" -> "scenario@example.se";
            case "yes_no" -> false;
            case "number" -> question.getNumber() != null && question.getNumber().getMin() != null
                    ? question.getNumber().getMin() : 0;
            case "single_choice" -> question.getOptions().get(0).getValue();
            case "multiple_choice" -> question.getOptions().stream().limit(Math.max(1,
                    question.getMinSelected() == null ? 1 : question.getMinSelected())).map(QuestionOption::getValue).toList();
            default -> throw new AssertionError("No scripted answer for a required " + question.getType() + " question");
        };
    }

    private static List<Scope> scopes(String... values) {
        return Arrays.stream(values).map(Scope::fromValue).toList();
    }
}
