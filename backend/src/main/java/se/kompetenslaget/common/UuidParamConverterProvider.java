package se.kompetenslaget.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;

/**
 * Turns a query parameter that is not an id ({@code ?campaign=abc}) into a 400 problem naming the parameter; without
 * it JAX-RS answers 404, as if the collection did not exist. A path id that is not a UUID stays a 404: nothing has
 * that id.
 */
@Provider
public class UuidParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return (ParamConverter<T>) new IdConverter(query.value());
            }
        }
        return null;
    }

    private record IdConverter(String name) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                String message = "must be an id (UUID)";
                throw new BadInputException("The query parameter '" + name + "' " + message + ".",
                        List.of(new BadInputException.Violation(name, "query", message)));
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
