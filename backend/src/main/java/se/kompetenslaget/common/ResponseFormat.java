package se.kompetenslaget.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats an operation can answer in, and the one rule every operation with several uses to pick one:
 * <ol>
 * <li>the {@code format} query parameter where the operation has it (an alias kept from 1.x), because it is the
 * caller's explicit choice for this one call: generated clients send the first listed type in {@code Accept} on
 * every call whatever the caller wants, and a browser link cannot set Accept at all;</li>
 * <li>else a media type the {@code Accept} header names explicitly (not through a wildcard), the best by q
 * first;</li>
 * <li>else the operation's first type (its default, listed first in the contract).</li>
 * </ol>
 */
public enum ResponseFormat {

    JSON("json", MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON),
    CSV("csv", "text/csv", CsvWriter.MEDIA_TYPE),
    XLSX("xlsx", ResponseFormat.XLSX_TYPE, ResponseFormat.XLSX_TYPE);

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** For an operation's {@code format} parameter, naming the rule once for the contract. */
    public static final String ALIAS_DESCRIPTION = "The format of this answer; when given it wins over `Accept` "
            + "(generated clients send the first listed type in `Accept` on every call). Without it, a type that "
            + "`Accept` names explicitly; without either, the first type listed.";

    private final String alias;
    private final String mediaType;
    private final String contentType;

    ResponseFormat(String alias, String mediaType, String contentType) {
        this.alias = alias;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    /** The {@code format} alias: json, csv or xlsx. */
    public String alias() {
        return alias;
    }

    /** The media type as the contract lists it. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type sent, with its charset for text. */
    public String contentType() {
        return contentType;
    }

    /**
     * The format to answer in, by the rule above.
     *
     * @param format the {@code format} alias or null; the resource validates it against {@code offered}
     * @param offered the operation's formats, its default first
     */
    public static ResponseFormat choose(HttpHeaders headers, String format, ResponseFormat... offered) {
        List<ResponseFormat> formats = Arrays.asList(offered);
        if (format != null) {
            String wanted = format.toLowerCase(Locale.ROOT);
            Optional<ResponseFormat> byAlias = formats.stream().filter(f -> f.alias.equals(wanted)).findFirst();
            if (byAlias.isPresent()) {
                return byAlias.get();
            }
        }
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        return accepted.stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .filter(type -> quality(type) > 0)
                .sorted(Comparator.comparingDouble(ResponseFormat::quality).reversed())
                .flatMap(type -> formats.stream().filter(f -> MediaType.valueOf(f.mediaType).isCompatible(type)))
                .findFirst()
                .orElse(formats.get(0));
    }

    private static double quality(MediaType type) {
        String q = type.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
