package se.kompetenslaget.survey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kompetenslaget.survey.Definition.Text;
import se.kompetenslaget.survey.SurveyDtos.TemplateView;

/**
 * Ready-made questionnaires shipped as JSON in {@code survey-templates/} (listed in its {@code index}): imported as new
 * drafts, then edited like any other questionnaire. Nothing about them is hard-coded in screens.
 */
@ApplicationScoped
public class Templates {

    static final String FOLDER = "survey-templates/";

    /** One template file. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Template(String key, Text title, Text description, Boolean anonymous, Definition definition) {

        TemplateView view() {
            return new TemplateView(key, title, description, (int) definition.questions().count());
        }
    }

    private final Definitions definitions;
    private volatile Map<String, Template> templates;

    public Templates(Definitions definitions) {
        this.definitions = definitions;
    }

    public List<Template> all() {
        return List.copyOf(load().values());
    }

    public Optional<Template> find(String key) {
        return Optional.ofNullable(load().get(key));
    }

    private Map<String, Template> load() {
        if (templates != null) {
            return templates;
        }
        Map<String, Template> found = new LinkedHashMap<>();
        for (String key : read(FOLDER + "index").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            Template template = definitions.parse(read(FOLDER + key + ".json"), Template.class);
            if (!key.equals(template.key())) {
                throw new IllegalStateException("Template " + key + ".json names itself " + template.key());
            }
            found.put(key, template);
        }
        templates = found;
        return found;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
