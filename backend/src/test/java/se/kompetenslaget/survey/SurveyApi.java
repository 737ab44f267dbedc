package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Calls of the survey API as a script makes them, for the survey tests. */
public final class SurveyApi {

    private final String session;

    public SurveyApi(String session) {
        this.session = session;
    }

    String createCampaign(String title, String ownerCountyCode) {
        Map<String, Object> body = ownerCountyCode == null ? Map.of("title", title)
                : Map.of("title", title, "ownerCountyCode", ownerCountyCode);
        return given().cookie("kl_session", session).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    public String createQuestionnaire(Map<String, Object> body) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/questionnaires").then().statusCode(201).extract().path("id");
    }

    String importTemplate(String key, Map<String, Object> body) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/questionnaire-templates/" + key + "/import").then().statusCode(201).extract().path("id");
    }

    public void open(String questionnaireId) {
        given().cookie("kl_session", session).when().post("/api/v1/questionnaires/" + questionnaireId + "/open")
                .then().statusCode(200);
    }

    /** Invites and returns municipality code → respondent token. */
    public Map<String, String> invite(String questionnaireId, Map<String, Object> target) {
        List<Map<String, String>> links = given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(target).when().post("/api/v1/questionnaires/" + questionnaireId + "/invitations")
                .then().statusCode(201).extract().path("invitations");
        Map<String, String> tokens = new java.util.TreeMap<>();
        links.forEach(link -> tokens.put(link.get("municipalityCode"), link.get("token")));
        return tokens;
    }

    ValidatableResponse get(String path) {
        return given().cookie("kl_session", session).when().get(path).then();
    }

    /** Saves the answers as a draft (the first save) and submits them. */
    public static void answerAndSubmit(String token, Map<String, Object> answers) {
        String etag = given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("answers", answers)).when().patch("/api/v1/respond/" + token + "/answers")
                .then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/v1/respond/" + token + "/submit").then().statusCode(200);
    }

    static ValidatableResponse save(String token, String ifMatch, Map<String, Object> answers) {
        return given().header("If-Match", ifMatch).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().patch("/api/v1/respond/" + token + "/answers").then();
    }

    static ValidatableResponse submit(String token, String ifMatch) {
        return given().header("If-Match", ifMatch).contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/v1/respond/" + token + "/submit").then();
    }

    /** A small questionnaire: a required yes/no question and a cost shown only after yes. */
    public static Map<String, Object> hiredStaffQuestionnaire(String title, String campaignId) {
        Map<String, Object> yesNo = Map.of("id", "hired_children_authority", "type", "yes_no", "required", true,
                "text", Map.of("sv", "Har kommunen anlitat inhyrd personal inom myndighetsutövning för barn och unga?"));
        Map<String, Object> cost = Map.of("id", "cost_2016", "type", "number", "required", true,
                "text", Map.of("sv", "Kostnad för inhyrd personal 2016"),
                "number", Map.of("unit", "sek", "decimals", 0, "min", 0),
                "showIf", Map.of("question", "hired_children_authority", "equalTo", true));
        Map<String, Object> definition = Map.of("sections", List.of(Map.of("id", "s1",
                "title", Map.of("sv", "Inhyrd personal"), "questions", List.of(yesNo, cost))));
        return campaignId == null ? Map.of("title", Map.of("sv", title), "definition", definition)
                : Map.of("title", Map.of("sv", title), "campaignId", campaignId, "definition", definition);
    }
}
