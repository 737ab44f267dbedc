package se.kompetenslaget.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language people read the service's words in: Swedish or English, by the request's {@code Accept-Language}
 * (RFC 9110 §12.5.4, weights honoured). Without that header, or asking for neither, it is English: what API clients
 * have always got; the web app sends its UI language on every call. Labels (statuses, field names) come from the
 * {@code messages/labels} resource bundle.
 */
public final class Language {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages the service answers in; the first is the default. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SWEDISH);

    private Language() {
    }

    /** The language of an {@code Accept-Language} value; English when absent, unreadable or neither. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
    }

    /** The language of the request being served; English outside a request. */
    public static Locale current() {
        ManagedContext requestContext = Arc.container() == null ? null : Arc.container().requestContext();
        if (requestContext == null || !requestContext.isActive()) {
            return ENGLISH;
        }
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext routing = request == null ? null : request.getCurrent();
        return routing == null ? ENGLISH : of(routing.request().getHeader("Accept-Language"));
    }

    public static boolean isSwedish(Locale locale) {
        return SWEDISH.getLanguage().equals(locale.getLanguage());
    }

    /** A label from {@code messages/labels} in the given language, or the key itself when it has none. */
    public static String label(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("messages.labels", locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
