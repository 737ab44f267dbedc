package se.kompetenslaget.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses U+0000 ({@code %00}) in any decoded query or path parameter and in any header with a 400 naming it,
 * before a resource can pass it to PostgreSQL, which cannot store it in text.
 */
@Provider
public class NulParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters(true), "query");
        check(request.getUriInfo().getPathParameters(true), "path");
        check(request.getHeaders(), "header");
    }

    private static void check(MultivaluedMap<String, String> parameters, String in) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = NulRejectingJackson.hasNul(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(NulRejectingJackson::hasNul);
            if (nul) {
                String name = parameter.getKey().replace("\u0000", "%00");
                throw new BadInputException("The " + in + " parameter '" + name + "' " + NulCharacterException.MESSAGE + ".",
                        List.of(new BadInputException.Violation(name, in, NulCharacterException.MESSAGE, ViolationCode.NOT_ALLOWED)));
            }
        }
    }
}
