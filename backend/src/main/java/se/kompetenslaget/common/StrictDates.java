package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates in a request body are what the contract says and nothing else: {@code YYYY-MM-DD} and an ISO 8601
 * instant, as strings with a four-digit year. Jackson would otherwise read a number as days or seconds
 * since 1970 ({@code "periodEnd": 42949674} became the year 119562, stored and then answered in a form the
 * contract does not allow) and accept signed years of any length.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Applied after Quarkus has registered the Java time module, so these deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("kompetenslaget-strict-dates");
        module.addDeserializer(LocalDate.class, new Dates());
        module.addDeserializer(Instant.class, new Instants());
        mapper.registerModule(module);
    }

    private static String text(JsonParser parser, DeserializationContext context, Class<?> type) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(type, parser);
        }
        return parser.getText().trim();
    }

    private static final class Dates extends JsonDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, context, LocalDate.class);
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through to the mismatch below
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD");
        }
    }

    private static final class Instants extends JsonDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, context, Instant.class);
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            int year = instant == null ? 0 : instant.atOffset(ZoneOffset.UTC).getYear();
            if (year < 1 || year > 9999) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an instant with a four-digit year");
            }
            return instant;
        }
    }
}
