package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.SmtpServer;

/**
 * Invitations and reminders e-mailed to municipalities' contacts through the outbox, delivered to a real SMTP server
 * (GreenMail) in the test JVM. The worker is driven by the test at the times it chooses (its scheduler is off here).
 */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class MailedInvitationsTest {

    private static final Pattern LINK = Pattern.compile("https://kompetenslaget\\.test/respond/(kls_[A-Za-z0-9_-]+)");

    @Inject
    Fixtures fixtures;

    @Inject
    MailWorker worker;

    @Inject
    Places places;

    @Inject
    Mailer mailer;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    @BeforeEach
    void acceptingServer() {
        SmtpServer.accept(smtpPort);
    }

    @AfterAll
    static void stopServers() {
        SmtpServer.stopAll();
    }

    /** One test's county: a coordinator, a questionnaire closing in ten days, 20 contacts over its municipalities. */
    final class County {
        final String code;
        final String session;
        final SurveyApi api;
        final List<String> municipalities;
        final Map<String, String> contactMunicipality = new TreeMap<>();
        final String questionnaire;
        final Instant closesAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        final String suffix = UUID.randomUUID().toString().substring(0, 6);

        County(String code, int contacts) {
            this.code = code;
            session = Fixtures.signIn(fixtures.createUser("coordinator" + code, Role.COUNTY_COORDINATOR, code));
            api = new SurveyApi(session);
            municipalities = places.all().values().stream().filter(p -> p.countyCode().equals(code))
                    .map(Places.Place::code).sorted().toList();
            StringBuilder csv = new StringBuilder("kommunkod;namn;e-post;roll;verksamhetsområden;språk\r\n");
            for (int i = 0; i < contacts; i++) {
                String municipality = municipalities.get(i % municipalities.size());
                String email = "kontakt" + i + "-" + suffix + "@k" + municipality + ".test";
                contactMunicipality.put(email, municipality);
                csv.append(municipality).append(";Kontakt ").append(i).append(";").append(email)
                        .append(";Enhetschef;;").append(i == 0 ? "en" : "sv").append("\r\n");
            }
            given().cookie("kl_session", session).contentType("text/csv; charset=utf-8").body(csv.toString())
                    .when().post("/api/v1/municipalities/" + municipalities.get(0) + "/contacts/import")
                    .then().statusCode(200);
            Map<String, Object> body = new HashMap<>(SurveyApi.hiredStaffQuestionnaire("Inhyrd personal " + suffix, null));
            body.put("ownerCountyCode", code);
            body.put("closesAt", closesAt.toString());
            questionnaire = api.createQuestionnaire(body);
            api.open(questionnaire);
        }

        /** Invites every municipality of the county and queues the e-mails in the same request. */
        void inviteByEmail(String note) {
            Map<String, Object> email = note == null ? Map.of() : Map.of("note", note);
            given().cookie("kl_session", session).contentType(ContentType.JSON)
                    .body(Map.of("target", "county", "countyCode", code, "email", email))
                    .when().post("/api/v1/questionnaires/" + questionnaire + "/invitations").then().statusCode(201);
        }

        List<Map<String, Object>> log() {
            return given().cookie("kl_session", session).when().get("/api/v1/questionnaires/" + questionnaire + "/mail-log")
                    .then().statusCode(200).extract().jsonPath().getList("$");
        }
    }

    /** The messages delivered to this test's contacts, by recipient. */
    /**
     * Runs the worker as at the time given, then an hour and three hours later: an e-mail whose fresh SMTP connection
     * lost the server's greeting (see application.properties) fails and is sent by the retry after its backoff.
     */
    private void settle(Instant at) {
        drainAll(at);
        drainAll(at.plus(Duration.ofHours(1)));
        drainAll(at.plus(Duration.ofHours(3)));
    }

    /** Runs the worker as at the time given until nothing more is due then (not only one batch). */
    private void drainAll(Instant at) {
        while (worker.drain(at, 100) > 0) {
            // another batch
        }
    }

    private static Map<String, List<MimeMessage>> delivered(County county) throws Exception {
        Map<String, List<MimeMessage>> byRecipient = new TreeMap<>();
        for (MimeMessage message : SmtpServer.greenMail().getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (county.contactMunicipality.containsKey(to)) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
            }
        }
        return byRecipient;
    }

    private static String token(MimeMessage message) throws Exception {
        Matcher matcher = LINK.matcher(message.getContent().toString());
        assertTrue(matcher.find(), "a link in " + message.getContent());
        return matcher.group(1);
    }

    @Test
    void shouldMailEveryContactOfNorrbottenOnceAndRemindOnlyThoseWhoHaveNotSubmitted() throws Exception {
        County norrbotten = new County("25", 20);
        assertEquals(14, norrbotten.municipalities.size());
        norrbotten.inviteByEmail("Hör av er till länssamordnaren om ni har frågor.");
        assertEquals(20, norrbotten.log().size());
        assertTrue(norrbotten.log().stream().allMatch(e -> e.get("status").equals("queued")));

        Instant now = Instant.now();
        settle(now);

        Map<String, List<MimeMessage>> mail = delivered(norrbotten);
        assertEquals(norrbotten.contactMunicipality.keySet(), mail.keySet());
        Map<String, String> tokenOf = new TreeMap<>();
        for (Map.Entry<String, List<MimeMessage>> entry : mail.entrySet()) {
            assertEquals(1, entry.getValue().size(), "one message to " + entry.getKey());
            MimeMessage message = entry.getValue().get(0);
            String municipality = norrbotten.contactMunicipality.get(entry.getKey());
            String body = message.getContent().toString();
            assertTrue(body.contains("Inhyrd personal " + norrbotten.suffix), body);
            assertTrue(body.contains(places.counties().get("25")), body);
            assertTrue(body.contains("Hör av er till länssamordnaren"), body);
            boolean english = entry.getKey().startsWith("kontakt0-");
            assertTrue(message.getSubject().startsWith(english ? "Survey: " : "Enkät: "), message.getSubject());
            String token = token(message);
            tokenOf.put(entry.getKey(), token);
            // The link opens that municipality's form.
            given().when().get("/api/v1/respond/" + token).then().statusCode(200)
                    .body("municipality.code", org.hamcrest.Matchers.equalTo(municipality));
        }
        assertEquals(20, new HashSet<>(tokenOf.values()).size(), "a new link for every e-mail");
        assertTrue(norrbotten.log().stream().allMatch(e -> e.get("status").equals("sent")));
        assertEquals(0, countWhere("select count(*) from mail_outbox o join mailing m on m.id = o.mailing_id "
                + "where o.recipient like '%" + norrbotten.suffix + "%' and (m.note like '%kls\\_%' or o.last_reply like '%kls\\_%')"));

        // Five municipalities submit; a sixth saves a draft through one contact's link.
        Set<String> submitted = new TreeSet<>(norrbotten.municipalities.subList(0, 5));
        Set<String> done = new HashSet<>();
        String draftMunicipality = norrbotten.municipalities.get(5);
        for (Map.Entry<String, String> entry : tokenOf.entrySet()) {
            String municipality = norrbotten.contactMunicipality.get(entry.getKey());
            if (submitted.contains(municipality) && done.add(municipality)) {
                SurveyApi.answerAndSubmit(entry.getValue(), Map.of("hired_children_authority", false));
            } else if (municipality.equals(draftMunicipality) && done.add(municipality)) {
                SurveyApi.save(entry.getValue(), "\"0\"", Map.of("hired_children_authority", true)).statusCode(200);
            }
        }

        given().cookie("kl_session", norrbotten.session).contentType(ContentType.JSON)
                .body(Map.of("daysBefore", List.of(2))).when()
                .put("/api/v1/questionnaires/" + norrbotten.questionnaire + "/reminder-schedule")
                .then().statusCode(200).body("sendTimes[0]", org.hamcrest.Matchers.notNullValue());
        Instant twoDaysBefore = norrbotten.closesAt.minus(2, ChronoUnit.DAYS);
        // Not yet: nothing is queued a minute before the reminder's time.
        assertEquals(0, dispatch(twoDaysBefore.minus(1, ChronoUnit.MINUTES)));
        assertEquals(1, dispatch(twoDaysBefore.plus(1, ChronoUnit.MINUTES)));
        assertEquals(0, dispatch(twoDaysBefore.plus(2, ChronoUnit.MINUTES)), "a reminder slot is queued once");
        SmtpServer.greenMail().purgeEmailFromAllMailboxes();
        settle(twoDaysBefore.plus(2, ChronoUnit.MINUTES));

        Map<String, List<MimeMessage>> reminders = delivered(norrbotten);
        Set<String> expected = new TreeSet<>();
        norrbotten.contactMunicipality.forEach((email, municipality) -> {
            if (!submitted.contains(municipality)) {
                expected.add(email);
            }
        });
        assertEquals(expected, reminders.keySet());
        for (Map.Entry<String, List<MimeMessage>> entry : reminders.entrySet()) {
            assertEquals(1, entry.getValue().size());
            MimeMessage message = entry.getValue().get(0);
            assertTrue(message.getSubject().startsWith(entry.getKey().startsWith("kontakt0-") ? "Reminder: " : "Påminnelse: "));
            String municipality = norrbotten.contactMunicipality.get(entry.getKey());
            if (municipality.equals(draftMunicipality)) {
                // The reminder's new link opens the same draft.
                given().when().get("/api/v1/respond/" + token(message)).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("started"))
                        .body("answers.hired_children_authority", org.hamcrest.Matchers.equalTo(true));
            }
        }
    }

    @Test
    void shouldSendEveryContactExactlyOneMessageWhenTheSenderDiesMidBatch() throws Exception {
        County vasterbotten = new County("24", 20);
        vasterbotten.inviteByEmail(null);
        AtomicInteger handedOver = new AtomicInteger();
        // The sender "dies" as it is about to hand the 8th e-mail to SMTP: the claim is committed, nothing more.
        QuarkusMock.installMockForType(new MailTransport(mailer) {
            @Override
            public void send(String to, String subject, String text, String messageId) {
                // Only this test's e-mails count: rows other tests left due may be claimed in between.
                if (vasterbotten.contactMunicipality.containsKey(to) && handedOver.incrementAndGet() == 8) {
                    throw new SimulatedCrash();
                }
                super.send(to, subject, text, messageId);
            }
        }, MailTransport.class);
        Instant now = Instant.now();
        assertThrows(SimulatedCrash.class, () -> worker.drain(now, 100));
        assertTrue(delivered(vasterbotten).values().stream().mapToInt(List::size).sum() <= 7);
        String dead = vasterbotten.log().stream().filter(e -> e.get("status").equals("sending"))
                .map(e -> (String) e.get("recipient")).reduce((a, b) -> a + ", " + b).orElseThrow();
        assertTrue(vasterbotten.contactMunicipality.containsKey(dead), "one dead claim: " + dead);

        // Restarted: the worker sends the rest; the row of the dead claim waits until its claim times out.
        QuarkusMock.installMockForType(new MailTransport(mailer), MailTransport.class);
        drainAll(now);
        assertFalse(delivered(vasterbotten).containsKey(dead), "not before the claim times out");
        settle(now.plus(Duration.ofMinutes(11)));

        Map<String, List<MimeMessage>> mail = delivered(vasterbotten);
        assertEquals(vasterbotten.contactMunicipality.keySet(), mail.keySet());
        mail.forEach((to, messages) -> assertEquals(1, messages.size(), "exactly one message to " + to));
        assertTrue(vasterbotten.log().stream().allMatch(e -> e.get("status").equals("sent")));
    }

    @Test
    void shouldGiveADuplicateAfterACrashBetweenAcceptAndCommitTheSameMessageId() throws Exception {
        County jamtland = new County("23", 3);
        jamtland.inviteByEmail(null);
        QuarkusMock.installMockForType(new MailTransport(mailer) {
            @Override
            public void send(String to, String subject, String text, String messageId) {
                super.send(to, subject, text, messageId);
                if (jamtland.contactMunicipality.containsKey(to)) {
                    throw new SimulatedCrash();
                }
            }
        }, MailTransport.class);
        Instant now = Instant.now();
        assertThrows(SimulatedCrash.class, () -> worker.drain(now, 100));
        QuarkusMock.installMockForType(new MailTransport(mailer), MailTransport.class);
        settle(now.plus(Duration.ofMinutes(11)));
        Map<String, List<MimeMessage>> mail = delivered(jamtland);
        assertEquals(3, mail.size());
        // The residual window (README): the one e-mail in flight at the crash arrives twice, with one Message-ID.
        List<List<MimeMessage>> doubled = mail.values().stream().filter(m -> m.size() == 2).toList();
        assertEquals(1, doubled.size());
        assertEquals(doubled.get(0).get(0).getMessageID(), doubled.get(0).get(1).getMessageID());
        assertTrue(doubled.get(0).get(0).getMessageID().endsWith("@kompetenslaget.invalid>"));
    }

    @Test
    void shouldShowARefusalOnTheBoardAndSendOnceWhenTheServerAcceptsAgain() throws Exception {
        County dalarna = new County("20", 1);
        SmtpServer.refuse(smtpPort);
        dalarna.inviteByEmail(null);
        Instant now = Instant.now();
        worker.drain(now, 100);
        Map<String, Object> entry = dalarna.log().get(0);
        // A fresh connection that lost the greeting (application.properties) is deferred with no reply: later again.
        for (int retry = 0; retry < 3 && "deferred".equals(entry.get("status")); retry++) {
            now = now.plus(Duration.ofHours(3));
            worker.drain(now, 100);
            entry = dalarna.log().get(0);
        }
        assertEquals("failed", entry.get("status"));
        assertEquals(SmtpServer.REFUSAL, entry.get("lastReply"));
        int attempts = (Integer) entry.get("attempts");
        assertNotNull(entry.get("nextAttemptAt"));

        SmtpServer.accept(smtpPort);
        worker.drain(now.plus(Duration.ofSeconds(30)), 100);
        assertEquals(0, delivered(dalarna).size(), "not before the backoff");
        settle(now.plus(Duration.ofHours(3)));
        Map<String, List<MimeMessage>> mail = delivered(dalarna);
        assertEquals(1, mail.size());
        assertEquals(1, mail.values().iterator().next().size());
        entry = dalarna.log().get(0);
        assertEquals("sent", entry.get("status"));
        assertTrue((Integer) entry.get("attempts") > attempts);
    }

    @Test
    void shouldNeverMailARevokedInvitationNorRemindAfterClosing() throws Exception {
        County gavleborg = new County("21", 2);
        Map<String, String> links = gavleborg.api.invite(gavleborg.questionnaire, Map.of("target", "county", "countyCode", "21"));
        String revoked = gavleborg.contactMunicipality.values().iterator().next();
        String invitationId = given().cookie("kl_session", gavleborg.session)
                .when().get("/api/v1/questionnaires/" + gavleborg.questionnaire + "/invitations?size=100")
                .then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.municipalityCode == '" + revoked + "' }.id");
        assertNotNull(links.get(revoked));
        given().cookie("kl_session", gavleborg.session).contentType(ContentType.JSON).body(Map.of("kind", "invitation"))
                .when().post("/api/v1/questionnaires/" + gavleborg.questionnaire + "/mailings").then().statusCode(201)
                .body("queued", org.hamcrest.Matchers.equalTo(2));
        given().cookie("kl_session", gavleborg.session).when().post("/api/v1/invitations/" + invitationId + "/revoke")
                .then().statusCode(200);
        settle(Instant.now());
        Map<String, List<MimeMessage>> mail = delivered(gavleborg);
        assertEquals(1, mail.size());
        assertTrue(mail.keySet().stream().noneMatch(to -> gavleborg.contactMunicipality.get(to).equals(revoked)));
        // Why, as a code the board words in its reader's language; no English sentence posing as a server's reply.
        assertTrue(gavleborg.log().stream().anyMatch(e -> e.get("status").equals("cancelled")
                && "invitation_withdrawn".equals(e.get("reason")) && e.get("lastReply") == null));

        // A reminder queued for later never goes out once the questionnaire has closed.
        given().cookie("kl_session", gavleborg.session).contentType(ContentType.JSON)
                .body(Map.of("kind", "reminder", "sendAt", gavleborg.closesAt.minus(1, ChronoUnit.HOURS).toString()))
                .when().post("/api/v1/questionnaires/" + gavleborg.questionnaire + "/mailings").then().statusCode(201);
        SmtpServer.greenMail().purgeEmailFromAllMailboxes();
        worker.drain(gavleborg.closesAt.plus(1, ChronoUnit.MINUTES), 100);
        assertEquals(0, delivered(gavleborg).size());
    }

    @Test
    void shouldPreviewTheMessageWithTheNote() {
        County uppsala = new County("03", 1);
        given().cookie("kl_session", uppsala.session).contentType(ContentType.JSON)
                .body(Map.of("kind", "invitation", "note", "Välkomna!", "language", "sv"))
                .when().post("/api/v1/questionnaires/" + uppsala.questionnaire + "/mailings/preview").then().statusCode(200)
                .body("subject", org.hamcrest.Matchers.startsWith("Enkät: Inhyrd personal"))
                .body("body", org.hamcrest.Matchers.containsString("Välkomna!"))
                .body("recipients", org.hamcrest.Matchers.equalTo(0));
    }

    private int dispatch(Instant at) {
        return worker.dispatchReminders(at);
    }

    private long countWhere(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Stands for the process dying: not an exception the worker handles. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }
}
