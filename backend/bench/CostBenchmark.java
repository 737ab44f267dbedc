import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for staffing-agency costs (a benchmark that prints figures, not a test). Against a running product
 * with an administrator's credentials: posts one batch of 100 000 lines and times it; fills ten years of monthly lines
 * for all 290 municipalities, every service area and a set of professions (about 3 million lines) through the same
 * API; then times what dashboards ask: the national and a county's shares for a year, a municipality's dashboard
 * (its own, its county's and the country's shares) and every municipality's share for the map.
 * Arguments: BASE_URL EMAIL PASSWORD [PROFESSIONS_PER_AREA (default 8)] [ROUNDS (default 20)].
 */
public class CostBenchmark {

    static final Pattern CODE = Pattern.compile("\"code\":\"([0-9]{4})\"");
    static final Pattern AREA = Pattern.compile("\"code\":\"([a-z_]+)\"");
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String cookie;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int professionsPerArea = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        HttpResponse<String> signIn = send("POST", "/api/v1/auth/sign-in",
                "{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}", null);
        cookie = signIn.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("kl_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new IllegalStateException(
                        "Sign-in failed: " + signIn.statusCode() + " " + signIn.body()));
        List<String> municipalities = all(CODE, send("GET", "/api/v1/municipalities?size=100&page=1", null, 200).body());
        for (int page = 2; page <= 3; page++) {
            municipalities.addAll(all(CODE, send("GET", "/api/v1/municipalities?size=100&page=" + page, null, 200).body()));
        }
        List<String> areas = all(AREA, send("GET", "/api/v1/service-areas", null, 200).body());
        List<String> professions = all(AREA, send("GET", "/api/v1/professions", null, 200).body());
        System.out.printf("%d municipalities, %d service areas, %d professions%n", municipalities.size(), areas.size(),
                professions.size());

        // One large batch: thirty years of monthly lines of one municipality, areas × professions, cut at 100 000.
        StringBuilder large = new StringBuilder("{\"lines\":[");
        int count = 0;
        outer:
        for (int year = 2000; year < 2100; year++) {
            for (int month = 1; month <= 12; month++) {
                for (String area : areas) {
                    for (String profession : professions) {
                        if (count == 100_000) {
                            break outer;
                        }
                        appendLine(large, count++, year, month, area, profession);
                    }
                }
            }
        }
        large.append("]}");
        send("POST", "/api/v1/municipalities/" + municipalities.get(0) + "/cost-lines", "{\"lines\":["
                + "{\"year\":2099,\"serviceArea\":\"" + areas.get(1) + "\",\"hiredCost\":1,\"ownCost\":1}]}", 200); // warm
        long start = System.nanoTime();
        HttpResponse<String> stored = send("POST", "/api/v1/municipalities/" + municipalities.get(0) + "/cost-lines",
                large.toString(), 200);
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("100 000-line batch: %.1f s (%s…)%n", batchSeconds, stored.body().substring(0, 60));

        // Ten years of monthly lines for every municipality: one batch per municipality.
        List<String> some = professions.subList(0, Math.min(professionsPerArea, professions.size()));
        long total = 0;
        start = System.nanoTime();
        for (String municipality : municipalities.subList(1, municipalities.size())) {
            StringBuilder batch = new StringBuilder("{\"lines\":[");
            int n = 0;
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (int month = 1; month <= 12; month++) {
                    for (String area : areas) {
                        for (String profession : some) {
                            appendLine(batch, n++, year, month, area, profession);
                        }
                    }
                }
            }
            send("POST", "/api/v1/municipalities/" + municipality + "/cost-lines", batch.append("]}").toString(), 200);
            total += n;
        }
        double fillSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Filled %,d lines in %.0f s (%,.0f lines per second)%n", total + count, fillSeconds,
                total / fillSeconds);

        int year = FIRST_YEAR + YEARS - 1;
        String municipality = municipalities.get(municipalities.size() / 2);
        String county = municipality.substring(0, 2);
        String[][] questions = {
                { "national shares for a year", "/api/v1/hired-staff-shares?year=" + year },
                { "county shares for a year", "/api/v1/hired-staff-shares?year=" + year + "&county=" + county },
                { "national shares for a month", "/api/v1/hired-staff-shares?year=" + year + "&month=6" },
                { "every municipality's share (map)", "/api/v1/hired-staff-shares/municipalities?year=" + year },
        };
        System.out.println();
        System.out.println("== Kompetensläget cost benchmark ==");
        System.out.printf("cores: %d, lines: %,d%n", Runtime.getRuntime().availableProcessors(), total + count);
        System.out.printf("100 000-line batch accepted in %.1f s%n", batchSeconds);
        for (String[] question : questions) {
            time(question[0], rounds, question[1]);
        }
        time("municipality dashboard (own, county, country)", rounds,
                "/api/v1/hired-staff-shares?year=" + year + "&municipality=" + municipality,
                "/api/v1/hired-staff-shares?year=" + year + "&county=" + county,
                "/api/v1/hired-staff-shares?year=" + year);
    }

    static void appendLine(StringBuilder out, int n, int year, int month, String area, String profession) {
        if (n > 0) {
            out.append(',');
        }
        long hired = (year * 31L + month * 17L + area.length() * 7L + profession.length() * 3L) % 90_000;
        out.append("{\"year\":").append(year).append(",\"month\":").append(month).append(",\"serviceArea\":\"")
                .append(area).append("\",\"profession\":\"").append(profession).append("\",\"hiredCost\":")
                .append(hired).append(".50,\"ownCost\":").append(1_000_000 + hired * 7).append('}');
    }

    /** Warms up, then asks each path in turn ROUNDS times and prints the latency of one round (all paths). */
    static void time(String what, int rounds, String... paths) throws Exception {
        for (int i = 0; i < 3; i++) {
            for (String path : paths) {
                send("GET", path, null, 200);
            }
        }
        long[] took = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            for (String path : paths) {
                send("GET", path, null, 200);
            }
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, took[rounds / 2] / 1e6,
                took[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.95) - 1)] / 1e6, took[rounds - 1] / 1e6);
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static HttpResponse<String> send(String method, String path, String body, Integer expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (expected != null && response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " gave " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response;
    }
}
