package se.kompetenslaget.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * The national survey's arithmetic over the API alone: three questionnaires to all 290 municipalities, response rates
 * per questionnaire and per campaign, and a follow-up that reaches exactly the municipalities that gave an answer.
 */
@QuarkusTest
class CampaignResponseRateTest {

    @Inject
    Fixtures fixtures;

    SurveyApi admin;

    @BeforeEach
    void signIn() {
        admin = new SurveyApi(Fixtures.signIn(fixtures.createUser("survey-admin", Role.ADMIN, null)));
    }

    /** A campaign of three questionnaires sent to everyone; returns questionnaire id → (municipality → token). */
    private Map<String, Map<String, String>> sendCampaign(String campaignId) {
        Map<String, Map<String, String>> tokens = new java.util.LinkedHashMap<>();
        for (String area : List.of("IFO", "Äldre och funktionsnedsättning", "Hälso- och sjukvård")) {
            String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Inhyrd personal – " + area, campaignId));
            admin.open(id);
            Map<String, String> links = admin.invite(id, Map.of("target", "all"));
            assertEquals(290, links.size());
            tokens.put(id, links);
        }
        return tokens;
    }

    @Test
    void shouldCountMunicipalitiesThatSubmittedAnyAndTheShareOfQuestionnairesSubmitted() {
        String campaignId = admin.createCampaign("Inhyrd personal 2017", null);
        Map<String, Map<String, String>> tokens = sendCampaign(campaignId);
        List<String> questionnaires = new ArrayList<>(tokens.keySet());
        List<String> municipalities = new ArrayList<>(tokens.get(questionnaires.get(0)).keySet());
        // 201 municipalities answer: 150 all three, 30 two, 21 one = 450 + 60 + 21 = 531 submitted; 10 more only start.
        int submitted = 0;
        for (int m = 0; m < 201; m++) {
            int answered = m < 150 ? 3 : m < 180 ? 2 : 1;
            for (int q = 0; q < answered; q++) {
                SurveyApi.answerAndSubmit(tokens.get(questionnaires.get(q)).get(municipalities.get(m)),
                        Map.of("hired_children_authority", false));
                submitted++;
            }
        }
        for (int m = 201; m < 211; m++) {
            SurveyApi.save(tokens.get(questionnaires.get(0)).get(municipalities.get(m)), "\"0\"",
                    Map.of("hired_children_authority", true)).statusCode(200);
        }
        assertEquals(531, submitted);
        admin.get("/api/v1/campaigns/" + campaignId + "/response-rates").statusCode(200)
                .body("municipalities.invited", equalTo(290))
                .body("municipalities.submittedAny", equalTo(201))
                .body("municipalities.submittedAnyPercent", equalTo(69.3f))
                .body("invitations.invited", equalTo(870))
                .body("invitations.submitted", equalTo(531))
                .body("invitations.started", equalTo(10))
                .body("invitations.notStarted", equalTo(329))
                .body("invitations.submittedPercent", equalTo(61.0f))
                .body("questionnaires[0].total.submitted", equalTo(201))
                .body("questionnaires[0].total.submittedPercent", equalTo(69.3f))
                .body("questionnaires[2].total.submitted", equalTo(150))
                .body("byCounty.find { it.countyCode == '25' }.invitations.invited", equalTo(42));
    }

    @Test
    void shouldReportSeventyOnePercentOfQuestionnairesWhen618Of870AreSubmitted() {
        String campaignId = admin.createCampaign("Inhyrd personal 2017, alla tre", null);
        Map<String, Map<String, String>> tokens = sendCampaign(campaignId);
        List<String> questionnaires = new ArrayList<>(tokens.keySet());
        List<String> municipalities = new ArrayList<>(tokens.get(questionnaires.get(0)).keySet());
        // 618 submissions need at least 206 municipalities (three each).
        for (int m = 0; m < 206; m++) {
            for (String questionnaire : questionnaires) {
                SurveyApi.answerAndSubmit(tokens.get(questionnaire).get(municipalities.get(m)),
                        Map.of("hired_children_authority", false));
            }
        }
        admin.get("/api/v1/campaigns/" + campaignId + "/response-rates").statusCode(200)
                .body("invitations.invited", equalTo(870))
                .body("invitations.submitted", equalTo(618))
                .body("invitations.submittedPercent", equalTo(71.0f))
                .body("municipalities.submittedAny", equalTo(206))
                .body("municipalities.submittedAnyPercent", equalTo(71.0f));
    }

    @Test
    void shouldSendTheFollowUpToExactlyTheMunicipalitiesThatSubmittedTheAnswer() {
        String first = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Inhyrd personal – IFO", null));
        admin.open(first);
        Map<String, String> tokens = admin.invite(first, Map.of("target", "all"));
        Set<String> answeredYes = new TreeSet<>();
        int i = 0;
        for (Map.Entry<String, String> link : tokens.entrySet()) {
            int kind = i++ % 5;
            if (kind == 0 || kind == 1) {
                SurveyApi.answerAndSubmit(link.getValue(), Map.of("hired_children_authority", true, "cost_2016", 125000 + i));
                answeredYes.add(link.getKey());
            } else if (kind == 2) {
                SurveyApi.answerAndSubmit(link.getValue(), Map.of("hired_children_authority", false));
            } else if (kind == 3) {
                // Yes in a draft that is never submitted: not part of the follow-up.
                SurveyApi.save(link.getValue(), "\"0\"", Map.of("hired_children_authority", true)).statusCode(200);
            }
        }
        String followUp = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Fördjupning barn och unga", null));
        admin.open(followUp);
        Map<String, String> reached = admin.invite(followUp, Map.of("target", "follow_up", "followUp",
                Map.of("questionnaireId", first, "questionId", "hired_children_authority", "equalTo", true)));
        assertEquals(answeredYes, reached.keySet());
        assertEquals(116, reached.size());

        // The same rule on a number: those whose cost exceeded a threshold.
        String costly = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Höga kostnader", null));
        admin.open(costly);
        Map<String, String> overThreshold = admin.invite(costly, Map.of("target", "follow_up", "followUp",
                Map.of("questionnaireId", first, "questionId", "cost_2016", "greaterThan", 125150)));
        Set<String> expected = new TreeSet<>();
        i = 0;
        for (String code : tokens.keySet()) {
            int kind = i++ % 5;
            if ((kind == 0 || kind == 1) && 125000 + i > 125150) {
                expected.add(code);
            }
        }
        assertEquals(expected, overThreshold.keySet());
    }
}
