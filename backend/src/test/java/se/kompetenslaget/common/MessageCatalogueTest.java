package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void shouldWriteInvitationStatusesAsWords() {
        assertEquals("Ej påbörjad", Language.label("invitation.status.not_started", Language.SWEDISH));
        assertEquals("Not started", Language.label("invitation.status.not_started", Language.ENGLISH));
    }
}
