package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every problem in the reader's language ({@link Language}: Swedish or English by {@code Accept-Language}): its
 * title, detail and violation messages through the {@link MessageCatalogue}, with {@code Content-Language} saying
 * which. {@code type}, {@code field} and {@code code} stay as they are: programs branch on those.
 */
@ApplicationScoped
@Unremovable
public class ProblemLanguage implements ProblemPostProcessor {

    @Override
    public int priority() {
        // After ProblemTypes (50) has settled the title, detail and codes; before the library logs (0).
        return 40;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Locale language = Language.current();
        HttpProblem.Builder builder = HttpProblem.builder(problem).withHeader("Content-Language",
                language.getLanguage());
        if (!Language.isSwedish(language)) {
            return builder.build();
        }
        if (problem.getTitle() != null) {
            builder.withTitle(MessageCatalogue.translate(problem.getTitle(), language));
        }
        if (problem.getDetail() != null) {
            builder.withDetail(MessageCatalogue.translate(problem.getDetail(), language));
        }
        if (problem.getParameters().get("violations") instanceof List<?> violations) {
            List<Object> translated = new ArrayList<>(violations.size());
            for (Object violation : violations) {
                translated.add(translate(violation, language));
            }
            builder.with("violations", translated);
        }
        return builder.build();
    }

    private static Object translate(Object violation, Locale language) {
        if (violation instanceof BadInputException.Violation coded) {
            return new BadInputException.Violation(coded.field(), coded.in(),
                    MessageCatalogue.translate(coded.message(), language), coded.code());
        }
        if (violation instanceof io.quarkiverse.resteasy.problem.validation.Violation plain) {
            return new BadInputException.Violation(plain.field, plain.in,
                    MessageCatalogue.translate(plain.message, language), null);
        }
        return violation;
    }
}
