package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Swedish of the service's messages: chosen by Accept-Language, complete for constraint messages. */
class MessageCatalogueTest {

    @Test
    void shouldPickSwedishOnlyWhenAskedFor() {
        assertEquals(Language.SWEDISH, Language.of("sv-SE,sv;q=0.9,en;q=0.8"));
        assertEquals(Language.SWEDISH, Language.of("sv"));
        assertEquals(Language.ENGLISH, Language.of("en-GB"));
        assertEquals(Language.ENGLISH, Language.of("de, en;q=0.5, sv;q=0.4"));
        assertEquals(Language.SWEDISH, Language.of("de, sv;q=0.5, en;q=0.4"));
        assertEquals(Language.ENGLISH, Language.of(null));
        assertEquals(Language.ENGLISH, Language.of("fr"));
        assertEquals(Language.ENGLISH, Language.of(";;;q=x"));
    }

    @Test
    void shouldTranslateMessagesWithVariablePartsAndNestedMessages() {
        assertEquals("måste vara en kod för ett verksamhetsområde",
                MessageCatalogue.translate("must be a service area code", Language.SWEDISH));
        assertEquals("får vara högst 200 tecken",
                MessageCatalogue.translate("must be at most 200 characters", Language.SWEDISH));
        assertEquals("måste vara ett tal", MessageCatalogue.translate("must be a number", Language.SWEDISH));
        assertEquals("Fältet 'lines[0].hiredCost' har inte förväntad typ (ett tal).", MessageCatalogue.translate(
                "The field 'lines[0].hiredCost' does not have the expected type (a number).", Language.SWEDISH));
        assertEquals("Parametern 'page' (query) måste vara ett heltal, inte 'x'.", MessageCatalogue.translate(
                "The query parameter 'page' must be a whole number, not 'x'.", Language.SWEDISH));
        assertEquals("Planen har ändrats av någon annan sedan du läste in uppgifterna (din version 3, nu 4)."
                + " Läs in på nytt och gör ändringen i den aktuella versionen.", MessageCatalogue.translate(
                "The plan was changed by someone else since you loaded it (your version 3, now 4). Load it again and"
                + " make your change on the current version.", Language.SWEDISH));
        assertEquals("Enkäten stängdes 2026-11-30. Svaren kan inte längre sparas.", MessageCatalogue.translate(
                "The questionnaire closed 2026-11-30. Answers can no longer be saved.", Language.SWEDISH));
        assertEquals("kommun 0180 har inget målvärde för 2027 inom hr; sätt det först (setTarget)",
                MessageCatalogue.translate("municipality 0180 has no target for 2027 in hr; set it first (setTarget)",
                        Language.SWEDISH));
        assertEquals("kommun 0180 har inget målvärde för 2027; sätt det först (setTarget)", MessageCatalogue.translate(
                "municipality 0180 has no target for 2027; set it first (setTarget)", Language.SWEDISH));
        assertEquals("För många misslyckade inloggningar från din adress. Försök igen om 5 minuter.",
                MessageCatalogue.translate("Too many failed sign-ins from your address. Try again in 5 minutes.",
                        Language.SWEDISH));
        assertEquals("must be a service area code",
                MessageCatalogue.translate("must be a service area code", Language.ENGLISH));
        assertEquals("Something nobody translated", MessageCatalogue.translate("Something nobody translated",
                Language.SWEDISH));
    }

    @Test
    void shouldHaveSwedishForEveryConstraintMessageInTheCode() throws IOException {
        Pattern message = Pattern.compile("message = \"([^\"]+)\"(?!\\s*\\+)");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = message.matcher(Files.readString(source));
                while (found.find()) {
                    if (!MessageCatalogue.hasSwedish(found.group(1))) {
                        missing.add(found.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "No Swedish in messages/sv.json for: " + new TreeSet<>(missing));
    }

    @Test
    void shouldHaveSwedishForEveryProblemTitle() {
        List<String> missing = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            if (type.title() != null && !MessageCatalogue.hasSwedish(type.title())) {
                missing.add(type.title());
            }
        }
        assertTrue(missing.isEmpty(), "No Swedish in messages/sv.json for the titles: " + missing);
    }

    /**
     * Every message the code gives to a problem (details of the problem exceptions, violation messages, details and
     * titles set on an HttpProblem, and the same through a file's own helpers that pass a String parameter on) has
     * Swedish. A message built as {@code "text " + value + " more text"} is checked with a sample value in place of
     * each variable part, so the catalogue needs a {0}-template for it; each branch of a {@code ?:} or
     * {@code switch} is checked; a String constant or a local String variable of the same file is followed to its
     * literal. Messages wholly from elsewhere (a parameter, a library's text) are not seen here.
     */
    @Test
    void shouldHaveSwedishForEveryProblemMessageInTheCode() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(Path.of("src/main/java"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = path.getFileName().toString();
                sources.add(new Source(name.substring(0, name.length() - 5), withoutComments(Files.readString(path))));
            }
        }
        ProblemMessages messages = new ProblemMessages(sources);
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        for (Source source : sources) {
            for (String message : messages.in(source)) {
                checked++;
                if (!MessageCatalogue.hasSwedish(message)) {
                    missing.add(message + "   (" + source.name() + ")");
                }
            }
        }
        assertTrue(checked > 300, "the scan should find the product's problem messages, found " + checked);
        assertTrue(missing.isEmpty(), missing.size() + " problem messages without Swedish in messages/sv.json:\n"
                + String.join("\n", missing));
    }

    @Test
    void shouldFindProblemMessagesInTheShapesTheCodeWrites() {
        Source sample = new Source("Sample", withoutComments("""
                class Sample {
                    void a(String code, int n) {
                        log.warn("not a problem " + code);
                        throw new NotFoundException("There is no thing " + code + ".");
                    }
                    void b(boolean x) {
                        String why = x ? "First reason." : "Second reason.";
                        throw new ConflictException(why + " Then this.");
                    }
                    void c(List<Violation> v, int max) {
                        v.add(new Violation("field", "body", "must be at most " + max + " units"));
                        throw invalid("name", switch (max) { case 1 -> "one"; default -> "many " + max; });
                    }
                    private static BadInputException invalid(String field, String message) {
                        return new BadInputException(ProblemType.VALIDATION, "Not valid.",
                                List.of(new Violation(field, "body", message)));
                    }
                    private void refuse(String kind, String detail) {
                        throw new TooManyRequestsException(detail.formatted(kind), null);
                    }
                    void e() { refuse("a", "Wait %s."); }
                    static final String GONE = "It is gone.";
                    void d() { throw new NotFoundException(GONE); }
                }
                """));
        assertEquals(Set.of("There is no thing \u0000.", "First reason. Then this.", "Second reason. Then this.",
                "must be at most \u0000 units", "one", "many \u0000", "Not valid.", "It is gone.",
                "Wait \u0000."),
                new LinkedHashSet<>(new ProblemMessages(List.of(sample)).in(sample)).stream()
                        .map(m -> m.replace(ProblemMessages.VARIABLE, "\u0000"))
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private record Source(String name, String text) {
    }

    /** The messages given to problems in a source, read from its text (the call shapes of this code base). */
    private static final class ProblemMessages {

        /** Stands for a variable part; no message in the catalogue is this, so it is left as it is. */
        static final String VARIABLE = "<value>";

        /** A problem-raising call and which argument (from the end when negative) is the message. */
        private static final Pattern CALL = Pattern.compile("(?<![\\w.])(?:new\\s+(BadInputException|ConflictException"
                + "|NotFoundException|ForbiddenException|PreconditionFailedException|PreconditionRequiredException"
                + "|TooManyRequestsException|UnauthorizedException|NotAuthorizedException)"
                + "|(?:new\\s+)?(?:BadInputException\\.)?(Violation)|\\.(withDetail|withTitle))\\s*\\(");
        private static final Pattern METHOD = Pattern.compile(
                "(?:private|public|protected|static|final)[\\w\\s<>\\[\\],.?]*?\\s(\\w+)\\s*\\(([^()]*)\\)\\s*"
                        + "(?:throws[\\w\\s.,]+)?\\{");
        private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=");
        private static final Pattern LOCAL = Pattern.compile("(?<![\\w.])String\\s+([a-z]\\w*)\\s*=(?!=)");

        private final List<Source> sources;
        /** Per class: its helpers (method name → index of the String parameter that becomes a message). */
        private final Map<String, Map<String, Integer>> helpers = new HashMap<>();
        private final Map<String, String> constants = new HashMap<>();

        ProblemMessages(List<Source> sources) {
            this.sources = sources;
            for (Source source : sources) {
                Matcher constant = CONSTANT.matcher(source.text());
                while (constant.find()) {
                    int end = statementEnd(source.text(), constant.end());
                    String initializer = source.text().substring(constant.end(), end);
                    constants.put(source.name() + "." + constant.group(1), initializer);
                    constants.putIfAbsent(constant.group(1), initializer);
                }
            }
            // Helpers that pass a parameter on to a problem, or to another helper: until none is new.
            boolean grown = true;
            while (grown) {
                grown = false;
                for (Source source : sources) {
                    Map<String, Integer> own = helpers.computeIfAbsent(source.name(), name -> new LinkedHashMap<>());
                    Matcher method = METHOD.matcher(source.text());
                    while (method.find()) {
                        List<String> parameters = new ArrayList<>();
                        for (String parameter : method.group(2).split(",")) {
                            String[] words = parameter.trim().split("\\s+");
                            parameters.add(words.length >= 2 && words[words.length - 2].equals("String")
                                    ? words[words.length - 1] : null);
                        }
                        int close = closing(source.text(), method.end() - 1);
                        String body = source.text().substring(method.end(), close);
                        for (Call call : calls(source, body)) {
                            // The parameter itself, or the parameter as a format ("...%s...".formatted(...)).
                            int index = parameters.indexOf(
                                    call.message().trim().replaceFirst("^(\\w+)\\.formatted\\(.*", "$1"));
                            if (index >= 0 && !own.containsKey(method.group(1))) {
                                own.put(method.group(1), index);
                                grown = true;
                            }
                        }
                    }
                }
            }
        }

        /** The messages of the source, each with {@link #VARIABLE} for a variable part. */
        List<String> in(Source source) {
            List<String> messages = new ArrayList<>();
            for (Call call : calls(source, source.text())) {
                messages.addAll(expand(source, call.message(), 0));
            }
            return messages;
        }

        private record Call(String message) {
        }

        private List<Call> calls(Source source, String text) {
            List<Call> calls = new ArrayList<>();
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                List<String> arguments = arguments(text, call.end() - 1);
                int index = call.group(2) != null ? 2
                        : "BadInputException".equals(call.group(1)) && arguments.size() == 3 ? 1 : 0;
                if (index < arguments.size()) {
                    calls.add(new Call(arguments.get(index)));
                }
            }
            for (Map.Entry<String, Map<String, Integer>> owner : helpers.entrySet()) {
                for (Map.Entry<String, Integer> helper : owner.getValue().entrySet()) {
                    String prefix = owner.getKey().equals(source.name()) ? "(?<![\\w.])(?:" + owner.getKey() + "\\.)?"
                            : "(?<![\\w.])" + owner.getKey() + "\\.";
                    Matcher use = Pattern.compile(prefix + helper.getKey() + "\\s*\\(").matcher(text);
                    while (use.find()) {
                        List<String> arguments = arguments(text, use.end() - 1);
                        if (helper.getValue() < arguments.size()) {
                            calls.add(new Call(arguments.get(helper.getValue())));
                        }
                    }
                }
            }
            return calls;
        }

        /** The texts an expression can give: each branch, with {@link #VARIABLE} for what is not a literal. */
        private List<String> expand(Source source, String expression, int depth) {
            String e = expression.trim();
            if (depth > 8 || e.isEmpty()) {
                return List.of();
            }
            if (e.startsWith("switch")) {
                int open = e.indexOf('{');
                List<String> texts = new ArrayList<>();
                for (String branch : split(e.substring(open + 1, closing(e, open)), ";")) {
                    int arrow = branch.indexOf("->");
                    if (arrow >= 0) {
                        texts.addAll(expand(source, branch.substring(arrow + 2), depth + 1));
                    }
                }
                return texts;
            }
            int question = topLevel(e, '?');
            if (question >= 0) {
                int colon = matchingColon(e, question);
                List<String> texts = new ArrayList<>(expand(source, e.substring(question + 1, colon), depth + 1));
                texts.addAll(expand(source, e.substring(colon + 1), depth + 1));
                return texts;
            }
            List<List<String>> parts = new ArrayList<>();
            boolean literal = false;
            for (String part : split(e, "+")) {
                String p = part.trim();
                List<String> texts = List.of(VARIABLE);
                if (p.startsWith("\"") && literalEnd(p, 0) == p.length() - 1) {
                    texts = List.of(unquote(p).replaceAll("%[sd]", VARIABLE));
                    literal = true;
                } else if (p.startsWith("\"") && p.substring(literalEnd(p, 0) + 1).startsWith(".formatted(")) {
                    texts = List.of(unquote(p.substring(0, literalEnd(p, 0) + 1)).replaceAll("%[sd]", VARIABLE));
                    literal = true;
                } else if (p.startsWith("(") && closing(p, 0) == p.length() - 1) {
                    List<String> inner = expand(source, p.substring(1, p.length() - 1), depth + 1);
                    if (!inner.isEmpty()) {
                        texts = inner;
                        literal = true;
                    }
                } else if (p.matches("([A-Z]\\w*\\.)?[A-Z][A-Z0-9_]*")) {
                    String initializer = constants.getOrDefault(source.name() + "." + p, constants.get(p));
                    List<String> inner = initializer == null ? List.of() : expand(source, initializer, depth + 1);
                    if (!inner.isEmpty()) {
                        texts = inner;
                        literal = true;
                    }
                } else if (p.matches("[a-z]\\w*")) {
                    List<String> inner = new ArrayList<>();
                    Matcher local = LOCAL.matcher(source.text());
                    while (local.find()) {
                        if (local.group(1).equals(p)) {
                            inner.addAll(expand(source, source.text().substring(local.end(),
                                    statementEnd(source.text(), local.end())), depth + 1));
                        }
                    }
                    if (!inner.isEmpty()) {
                        texts = inner;
                        literal = true;
                    }
                }
                parts.add(texts);
            }
            if (!literal) {
                return List.of();
            }
            List<String> texts = List.of("");
            for (List<String> part : parts) {
                List<String> longer = new ArrayList<>();
                for (String text : texts) {
                    for (String next : part) {
                        longer.add(text + next);
                    }
                }
                texts = longer;
            }
            return texts;
        }

        private static String unquote(String literal) {
            String inner = literal.substring(1, literal.length() - 1);
            return inner.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }

        /** The top-level arguments of the call whose '(' is at {@code open}. */
        private static List<String> arguments(String text, int open) {
            String inside = text.substring(open + 1, closing(text, open));
            return inside.isBlank() ? List.of() : split(inside, ",");
        }

        /** Splits at a separator outside brackets and literals. */
        private static List<String> split(String text, String separator) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth--;
                } else if (depth == 0 && text.startsWith(separator, i)
                        && !(separator.equals("+")
                                && (text.startsWith("++", i) || i > 0 && text.charAt(i - 1) == '+'))) {
                    parts.add(text.substring(start, i));
                    start = i + separator.length();
                }
            }
            parts.add(text.substring(start));
            return parts;
        }

        private static int topLevel(String text, char wanted) {
            int depth = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth--;
                } else if (depth == 0 && c == wanted) {
                    return i;
                }
            }
            return -1;
        }

        private static int matchingColon(String text, int question) {
            int depth = 0;
            int pending = 0;
            for (int i = question + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth--;
                } else if (depth == 0 && c == '?') {
                    pending++;
                } else if (depth == 0 && c == ':' && pending-- == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("no ':' for the '?' in " + text);
        }

        /** The index of the bracket closing the one at {@code open}. */
        private static int closing(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0 && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("unbalanced brackets after "
                    + text.substring(open, Math.min(text.length(), open + 80)));
        }

        private static int statementEnd(String text, int from) {
            int depth = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = literalEnd(text, i);
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth--;
                } else if (depth == 0 && c == ';') {
                    return i;
                }
            }
            return text.length();
        }

        private static int literalEnd(String text, int start) {
            char quote = text.charAt(start);
            if (quote == '"' && text.startsWith("\"\"\"", start)) {
                return text.indexOf("\"\"\"", start + 3) + 2;
            }
            int i = start + 1;
            while (text.charAt(i) != quote) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }
    }

    /** The source without comments (a comment may quote a call), literals kept. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = ProblemMessages.literalEnd(text, i);
                out.append(text, i, end + 1);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (text.startsWith("/*", i)) {
                i = text.indexOf("*/", i + 2) + 1;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void shouldWriteInvitationStatusesAsWords() {
        assertEquals("Ej påbörjad", Language.label("invitation.status.not_started", Language.SWEDISH));
        assertEquals("Not started", Language.label("invitation.status.not_started", Language.ENGLISH));
    }
}
