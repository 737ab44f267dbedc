package se.kompetenslaget.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException.Violation;

/**
 * Reads and writes definitions and answers as JSON, and keeps the rules of frozen versions in memory: a frozen
 * version never changes, so answering does not parse its definition again.
 */
@Singleton
public class Definitions {

    private final ObjectMapper json;
    private final Catalogue catalogue;
    private final Map<String, Compiled> frozen = new ConcurrentHashMap<>();

    /** A parsed definition with its answer rules. */
    public record Compiled(Definition definition, AnswerRules rules) {
    }

    public Definitions(ObjectMapper json, Catalogue catalogue) {
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        this.catalogue = catalogue;
    }

    public ObjectMapper json() {
        return json;
    }

    public List<Violation> validate(Definition definition, String field) {
        return new DefinitionValidator(catalogue::isProfession, catalogue::isServiceArea).check(definition, field);
    }

    public Compiled compile(QuestionnaireVersion version) {
        if (version.frozenAt == null) {
            return compile(version.definition);
        }
        String key = version.key.questionnaireId() + "/" + version.key.version();
        return frozen.computeIfAbsent(key, ignored -> compile(version.definition));
    }

    public Compiled compiled(UUID questionnaireId, int version) {
        return frozen.get(questionnaireId + "/" + version);
    }

    private Compiled compile(String text) {
        Definition definition = parse(text, Definition.class);
        return new Compiled(definition, new AnswerRules(definition, catalogue::isProfession));
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T parse(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode object(String text) {
        return text == null ? json.createObjectNode() : parse(text, ObjectNode.class);
    }
}
