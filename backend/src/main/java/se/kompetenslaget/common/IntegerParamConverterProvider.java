package se.kompetenslaget.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Turns a query or path parameter that is not a whole number ({@code ?page=abc}) into a 400 problem naming the
 * parameter. Without it JAX-RS answers 404, as if the resource did not exist.
 */
@Provider
public class IntegerParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class) {
            return null;
        }
        return (ParamConverter<T>) new WholeNumberConverter(parameter(annotations));
    }

    private static Parameter parameter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return new Parameter(query.value(), "query");
            }
            if (annotation instanceof PathParam path) {
                return new Parameter(path.value(), "path");
            }
        }
        return new Parameter("parameter", "query");
    }

    private record Parameter(String name, String in) {
    }

    private record WholeNumberConverter(Parameter parameter) implements ParamConverter<Integer> {

        @Override
        public Integer fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                String message = "must be a whole number";
                throw new BadInputException("The " + parameter.in() + " parameter '" + parameter.name() + "' " + message
                        + ", not '" + value + "'.",
                        List.of(new BadInputException.Violation(parameter.name(), parameter.in(), message)));
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }
}
