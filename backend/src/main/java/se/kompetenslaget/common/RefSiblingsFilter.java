package se.kompetenslaget.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Leaves no {@code $ref} with siblings in the contract: SmallRye writes {@code type} (and the field's description
 * or examples) next to a reference, which every generator warns about and ignores ("type cleared given $ref").
 * A reference to a plain value schema (a date, an instant, a UUID) becomes that schema inline with the field's own
 * description and examples; a reference to an object keeps its description through {@code allOf: [$ref]}; a
 * reference whose only sibling was {@code type} stays a bare reference.
 */
final class RefSiblingsFilter {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;
    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private RefSiblingsFilter(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    static void apply(OpenAPI openAPI) {
        var filter = new RefSiblingsFilter(openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas());
        filter.components.values().forEach(filter::visit);
        if (openAPI.getComponents() != null) {
            var c = openAPI.getComponents();
            if (c.getResponses() != null) {
                c.getResponses().values().forEach(filter::visit);
            }
            if (c.getParameters() != null) {
                c.getParameters().values().forEach(filter::visit);
            }
            if (c.getHeaders() != null) {
                c.getHeaders().values().forEach(filter::visit);
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(filter::visit);
                }
                item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(filter::visit);
                    }
                    if (operation.getRequestBody() != null) {
                        filter.visit(operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(filter::visit);
                    }
                });
            });
        }
    }

    private void visit(APIResponse response) {
        visit(response.getContent());
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(this::visit);
        }
    }

    private void visit(Header header) {
        visit(header.getSchema());
        visit(header.getContent());
    }

    private void visit(Parameter parameter) {
        visit(parameter.getSchema());
        visit(parameter.getContent());
    }

    private void visit(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(this::visit);
        }
    }

    private void visit(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            resolveSiblings(schema);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::visit);
        }
        visit(schema.getItems());
        visit(schema.getAdditionalPropertiesSchema());
        visit(schema.getNot());
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .forEach(list -> list.forEach(this::visit));
    }

    private void resolveSiblings(Schema schema) {
        String ref = schema.getRef();
        boolean siblings = schema.getAll().keySet().stream().anyMatch(key -> !key.equals("$ref") && !key.equals("ref"));
        if (!siblings) {
            return;
        }
        Schema target = ref.startsWith(PREFIX) ? components.get(ref.substring(PREFIX.length())) : null;
        if (target != null && isPlainValue(target)) {
            // Inline the value schema: generators then see a string with a format, and the field keeps its words.
            schema.setRef(null);
            schema.setType(target.getType());
            if (target.getFormat() != null) {
                schema.setFormat(target.getFormat());
            }
            if (target.getPattern() != null && schema.getPattern() == null) {
                schema.setPattern(target.getPattern());
            }
            if (schema.getExamples() == null && target.getExamples() != null) {
                schema.setExamples(new ArrayList<>(target.getExamples()));
            }
            if (schema.getDescription() == null && target.getDescription() != null) {
                schema.setDescription(target.getDescription());
            }
            return;
        }
        schema.setType(null);
        boolean words = schema.getDescription() != null || schema.getExamples() != null;
        if (words) {
            schema.setRef(null);
            schema.addAllOf(OASFactory.createSchema().ref(ref));
        }
    }

    private static boolean isPlainValue(Schema target) {
        List<Schema.SchemaType> type = target.getType();
        return type != null && !type.isEmpty() && !type.contains(Schema.SchemaType.OBJECT)
                && !type.contains(Schema.SchemaType.ARRAY) && target.getProperties() == null
                && target.getEnumeration() == null && target.getAllOf() == null && target.getOneOf() == null;
    }
}
