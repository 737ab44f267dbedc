package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses U+0000 in every string a request body carries (fields, list items, map keys and free-form JSON such as
 * answers): PostgreSQL cannot store it in text or jsonb, so it would otherwise fail as a 500 deep in a write.
 */
@Singleton
public class NulRejectingJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("kompetenslaget-no-nul");
        module.addDeserializer(String.class, new Strings());
        module.addKeyDeserializer(String.class, new Keys());
        module.addDeserializer(JsonNode.class, new Trees<>(JsonNode.class));
        module.addDeserializer(ObjectNode.class, new Trees<>(ObjectNode.class));
        mapper.registerModule(module);
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    private static final class Strings extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (hasNul(value)) {
                throw new NulCharacterException(parser, "");
            }
            return value;
        }
    }

    private static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (hasNul(key)) {
                throw new NulCharacterException(context.getParser(), "");
            }
            return key;
        }
    }

    private static final class Trees<T extends JsonNode> extends JsonDeserializer<T> {

        private final JsonDeserializer<? extends JsonNode> delegate;

        Trees(Class<T> type) {
            this.delegate = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = delegate.deserialize(parser, context);
            String where = nul(tree, "");
            if (where != null) {
                throw new NulCharacterException(parser, where);
            }
            return (T) tree;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return (T) delegate.getNullValue(context);
        }

        /** An absent field stays null (Java), as with Jackson's own tree reader; only an explicit null is a NullNode. */
        @Override
        public Object getAbsentValue(DeserializationContext context) throws com.fasterxml.jackson.databind.JsonMappingException {
            return delegate.getAbsentValue(context);
        }

        @Override
        public com.fasterxml.jackson.databind.util.AccessPattern getNullAccessPattern() {
            return delegate.getNullAccessPattern();
        }

        /** The path of the first string or key holding U+0000, or null if there is none. */
        private static String nul(JsonNode node, String path) {
            if (node.isTextual()) {
                return hasNul(node.textValue()) ? path : null;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String found = nul(node.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String at = path + "." + field.getKey().replace("\u0000", "\\u0000");
                    if (hasNul(field.getKey())) {
                        return at;
                    }
                    String found = nul(field.getValue(), at);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }
}
