package se.kompetenslaget.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish for the messages the service writes in English (problem titles, details, violation messages), read from
 * {@code messages/sv.json}: as in gettext, the English text is the key, so a message is written once where it
 * arises and every mapper's problem is translated in one place ({@link ProblemLanguage}). {@code {0}}, {@code {1}}…
 * in a key stand for a variable part (a number, a code, a field name), copied into the Swedish; a variable part that
 * is itself a message in the catalogue ("a number") is translated too. A message without a translation stays English.
 */
public final class MessageCatalogue {

    private static final String RESOURCE = "/messages/sv.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    private static final MessageCatalogue SWEDISH = load();

    private final Map<String, String> exact;
    private final List<Template> templates;

    /** A message with variable parts: its pattern, and the Swedish with {@code {n}} for the parts. */
    private record Template(Pattern english, List<Integer> order, String swedish) {
    }

    private MessageCatalogue(Map<String, String> entries) {
        this.exact = new LinkedHashMap<>();
        this.templates = new ArrayList<>();
        entries.forEach((english, swedish) -> {
            if (!PLACEHOLDER.matcher(english).find()) {
                exact.put(english, swedish);
                return;
            }
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(english);
            int last = 0;
            while (placeholder.find()) {
                regex.append(Pattern.quote(english.substring(last, placeholder.start()))).append("(.+?)");
                order.add(Integer.parseInt(placeholder.group(1)));
                last = placeholder.end();
            }
            regex.append(Pattern.quote(english.substring(last)));
            templates.add(new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), order, swedish));
        });
    }

    private static MessageCatalogue load() {
        try (InputStream in = MessageCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, String> entries = new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
            });
            entries.remove("//");
            return new MessageCatalogue(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message in the language asked for: as written for English, else from the catalogue where it has it. */
    public static String translate(String english, Locale language) {
        if (english == null || !Language.isSwedish(language)) {
            return english;
        }
        return SWEDISH.swedish(english);
    }

    /** Whether the catalogue has Swedish for this message (used by the tests that keep the catalogue complete). */
    public static boolean hasSwedish(String english) {
        return SWEDISH.find(english) != null;
    }

    private String swedish(String english) {
        String found = find(english);
        return found == null ? english : found;
    }

    private String find(String english) {
        String direct = exact.get(english);
        if (direct != null) {
            return direct;
        }
        for (Template template : templates) {
            Matcher match = template.english().matcher(english);
            if (match.matches()) {
                String result = template.swedish();
                for (int group = 1; group <= match.groupCount(); group++) {
                    String part = match.group(group);
                    // A part is shorter than the message, so this ends.
                    String translated = Objects.requireNonNullElse(find(part), part);
                    result = result.replace("{" + template.order().get(group - 1) + "}", translated);
                }
                return result;
            }
        }
        return null;
    }
}
