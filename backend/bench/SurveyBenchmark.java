import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for answering and exporting (a benchmark that prints figures, not a test). Against a running
 * Kompetensläget it creates questionnaires of 30 questions, invites all 290 municipalities to each, then submits one
 * 30-answer response per invitation (POST /respond/{token}/submit with the answers, the one-request submission a script
 * makes) with a fixed number in flight, and prints throughput and latency percentiles; then it exports the responses
 * as CSV and prints how long 5 000 responses take. Run by run-survey-benchmark.sh; only the JDK is needed.
 *
 * Usage: java SurveyBenchmark.java BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [RESPONSES] [IN_FLIGHT] [WARMUP]
 */
public class SurveyBenchmark {

    static final Pattern TOKEN = Pattern.compile("\"token\":\"(kls_[A-Za-z0-9_-]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final String[] PROFESSIONS = {"socionom", "sjukskoterska", "underskoterska", "arbetsterapeut", "fysioterapeut"};
    static final int EXPORT_WARMUP_ROUNDS = 5;

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String cookie;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int responses = args.length > 3 ? Integer.parseInt(args[3]) : 14_500;
        int inFlight = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 3_000;
        HttpResponse<String> signIn = send("POST", "/api/v1/auth/sign-in",
                "{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}", null);
        cookie = signIn.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("kl_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new IllegalStateException(
                        "Sign-in failed: " + signIn.statusCode() + " " + signIn.body()));

        int questionnaires = (responses + warmup + 289) / 290;
        System.out.printf("Setting up %d questionnaires of 30 questions, each sent to all 290 municipalities…%n", questionnaires);
        List<String> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int q = 0; q < questionnaires; q++) {
            String id = match(ID, send("POST", "/api/v1/questionnaires", questionnaire(q), 201).body());
            send("POST", "/api/v1/questionnaires/" + id + "/open", null, 200);
            Matcher links = TOKEN.matcher(send("POST", "/api/v1/questionnaires/" + id + "/invitations",
                    "{\"target\":\"all\"}", 201).body());
            while (links.find()) {
                tokens.add(links.group(1));
            }
            ids.add(id);
        }
        System.out.printf("Warming up with %d submissions…%n", warmup);
        submitAll(tokens.subList(0, warmup), inFlight);
        List<String> measured = tokens.subList(warmup, Math.min(tokens.size(), warmup + responses));
        System.out.printf("Submitting %d responses of 30 answers, %d in flight…%n", measured.size(), inFlight);
        long[] latencies = submitAll(measured, inFlight);

        // Exports: every questionnaire holds at most 290 responses (one per municipality), so 5 000 responses take
        // several exports; the figure is the summed time of whole HTTP exports covering at least 5 000 responses.
        // As for answering, the figure is the steady state: a few rounds over every questionnaire first, so the
        // export code is compiled, then one timed round.
        System.out.printf("Warming up the export with %d rounds over %d questionnaires…%n", EXPORT_WARMUP_ROUNDS, ids.size());
        for (int round = 0; round < EXPORT_WARMUP_ROUNDS; round++) {
            for (String id : ids) {
                send("GET", "/api/v1/questionnaires/" + id + "/export?format=csv", null, 200);
            }
        }
        int exported = 0;
        long exportNanos = 0;
        int exports = 0;
        for (String id : ids) {
            long start = System.nanoTime();
            HttpResponse<String> csv = send("GET", "/api/v1/questionnaires/" + id + "/export?format=csv", null, 200);
            long took = System.nanoTime() - start;
            int rows = (int) csv.body().lines().count() - 1;
            if (exported < 5_000 && rows > 0) {
                exported += rows;
                exportNanos += took;
                exports++;
            }
        }
        System.out.println();
        System.out.println("== Kompetensläget survey benchmark ==");
        System.out.printf("cores: %d, in flight: %d%n", Runtime.getRuntime().availableProcessors(), inFlight);
        report("submit 30-answer response", latencies);
        System.out.printf("CSV export: %d responses in %d exports took %.1f ms in all (%.1f ms per 5 000 responses)%n",
                exported, exports, exportNanos / 1e6, exportNanos / 1e6 * 5_000 / Math.max(1, exported));
    }

    static long[] submitAll(List<String> tokens, int inFlight) throws Exception {
        Semaphore slots = new Semaphore(inFlight);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        int i = 0;
        for (String token : tokens) {
            slots.acquire();
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/respond/" + token + "/submit"))
                    .header("Content-Type", "application/json").header("If-Match", "\"0\"")
                    .POST(HttpRequest.BodyPublishers.ofString(answers(i++))).build();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                if (error != null || response.statusCode() != 200) {
                    if (failures.incrementAndGet() <= 3) {
                        System.err.println("Failed: " + (error != null ? error : response.statusCode() + " " + response.body()));
                    }
                }
                slots.release();
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long elapsed = System.nanoTime() - start;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  %d in %.2f s = %.0f per second, %d failed%n", tokens.size(), elapsed / 1e9,
                tokens.size() / (elapsed / 1e9), failures.get());
        lastThroughput = tokens.size() / (elapsed / 1e9);
        return sorted;
    }

    static double lastThroughput;

    static void report(String what, long[] sorted) {
        System.out.printf("%s: %.0f per second; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                lastThroughput, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** 30 questions: five sections of yes/no, number, single choice, multiple choice, text and profession. */
    static String questionnaire(int n) {
        StringBuilder sections = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            if (s > 0) {
                sections.append(',');
            }
            sections.append("{\"id\":\"s").append(s).append("\",\"title\":{\"sv\":\"Del ").append(s + 1)
                    .append("\"},\"questions\":[")
                    .append("{\"id\":\"q").append(s).append("_yes\",\"type\":\"yes_no\",\"required\":true,\"text\":{\"sv\":\"Använder ni inhyrd personal?\"}},")
                    .append("{\"id\":\"q").append(s).append("_cost\",\"type\":\"number\",\"required\":true,\"text\":{\"sv\":\"Kostnad\"},\"number\":{\"unit\":\"sek\",\"decimals\":0,\"min\":0}},")
                    .append("{\"id\":\"q").append(s).append("_one\",\"type\":\"single_choice\",\"text\":{\"sv\":\"Främsta skäl\"},\"options\":[{\"value\":\"a\",\"label\":{\"sv\":\"Inga sökande\"}},{\"value\":\"b\",\"label\":{\"sv\":\"Snabb tillsättning\"}},{\"value\":\"c\",\"label\":{\"sv\":\"Anhopning\"}}]},")
                    .append("{\"id\":\"q").append(s).append("_many\",\"type\":\"multiple_choice\",\"text\":{\"sv\":\"Alla skäl\"},\"options\":[{\"value\":\"a\",\"label\":{\"sv\":\"Inga sökande\"}},{\"value\":\"b\",\"label\":{\"sv\":\"Snabb tillsättning\"}},{\"value\":\"c\",\"label\":{\"sv\":\"Anhopning\"}}]},")
                    .append("{\"id\":\"q").append(s).append("_text\",\"type\":\"text\",\"text\":{\"sv\":\"Kommentar\"}},")
                    .append("{\"id\":\"q").append(s).append("_prof\",\"type\":\"profession\",\"multiple\":true,\"text\":{\"sv\":\"Svårrekryterade yrken\"}}]}");
        }
        return "{\"title\":{\"sv\":\"Benchmark " + n + "\"},\"definition\":{\"sections\":[" + sections + "]}}";
    }

    static String answers(int i) {
        StringBuilder answers = new StringBuilder("{\"answers\":{");
        for (int s = 0; s < 5; s++) {
            if (s > 0) {
                answers.append(',');
            }
            answers.append("\"q").append(s).append("_yes\":").append(i % 2 == 0)
                    .append(",\"q").append(s).append("_cost\":").append(10_000 + i % 9_000)
                    .append(",\"q").append(s).append("_one\":\"").append("abc".charAt(i % 3)).append('"')
                    .append(",\"q").append(s).append("_many\":[\"a\",\"").append("bc".charAt(i % 2)).append("\"]")
                    .append(",\"q").append(s).append("_text\":\"Svårt att rekrytera socionomer, svar ").append(i).append('"')
                    .append(",\"q").append(s).append("_prof\":[\"").append(PROFESSIONS[i % 5]).append("\",\"")
                    .append(PROFESSIONS[(i + 1) % 5]).append("\"]");
        }
        return answers.append("}}").toString();
    }

    static HttpResponse<String> send(String method, String path, String body, Integer expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (expected != null && response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in " + text);
        }
        return matcher.group(1);
    }
}
