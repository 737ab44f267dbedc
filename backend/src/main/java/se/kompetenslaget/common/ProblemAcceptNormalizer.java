package se.kompetenslaget.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Takes {@code application/problem+json} out of a request's {@code Accept} before the operation is chosen: errors
 * are problem documents whatever the client asks for, so naming that type only says "I read your errors", never
 * "answer me in it". A client generated from the contract (which lists the problem type on every operation) then
 * gets the operation's success type instead of a 406; an Accept that named nothing else becomes {@code *}{@code /*}.
 */
@ApplicationScoped
public class ProblemAcceptNormalizer {

    static final String PROBLEM_JSON = "application/problem+json";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            var headers = context.request().headers();
            var accept = headers.getAll(HttpHeaders.ACCEPT);
            if (!accept.isEmpty()) {
                String joined = String.join(",", accept);
                if (joined.toLowerCase().contains(PROBLEM_JSON)) {
                    headers.set(HttpHeaders.ACCEPT, withoutProblemType(joined));
                }
            }
            context.next();
        });
    }

    /** The Accept value without its problem+json ranges; {@code *}{@code /*} when nothing else was named. */
    static String withoutProblemType(String accept) {
        String rest = Arrays.stream(accept.split(","))
                .map(String::strip)
                .filter(range -> !range.isEmpty())
                .filter(range -> !range.split(";", 2)[0].strip().equalsIgnoreCase(PROBLEM_JSON))
                .collect(Collectors.joining(", "));
        return rest.isEmpty() ? "*/*" : rest;
    }
}
