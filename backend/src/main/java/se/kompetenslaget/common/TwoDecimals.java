package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads an amount declared with two decimals (SEK, FTE, percent) from a JSON number or a decimal string. A value with
 * more decimals that equals a two-decimal value within one part in 10⁹ is a binary floating-point artefact
 * ({@code 0.1 + 0.2} sent as {@code 0.30000000000000004}) and is rounded half-even to two decimals; any other
 * excess ({@code 0.125}) is kept, so the field's validation refuses it with its message.
 */
public class TwoDecimals extends JsonDeserializer<BigDecimal> {

    public static final String DESCRIPTION = " Two decimals: a JSON number or a decimal string (\"1234.50\"); a number "
            + "whose extra decimals are a floating-point artefact (0.30000000000000004) is rounded half-even to two "
            + "decimals, while real extra precision (0.125) is refused.";

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");
    private static final BigDecimal SMALLEST = new BigDecimal("0.01");

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        BigDecimal value;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            value = parser.getDecimalValue();
        } else if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            if (!text.matches("^-?[0-9]{1,20}(\\.[0-9]{1,30})?$")) {
                throw InvalidFormatException.from(parser, "must be a number, e.g. 1234.50", text, BigDecimal.class);
            }
            value = new BigDecimal(text);
        } else {
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
        }
        return toScale(value);
    }

    /** The value at two decimals when its excess is a representation artefact, else the value as it came. */
    public static BigDecimal toScale(BigDecimal value) {
        if (value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2) {
            return value;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal allowed = rounded.abs().max(SMALLEST).multiply(TOLERANCE);
        return value.subtract(rounded).abs().compareTo(allowed) <= 0 ? rounded : value;
    }
}
