package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The request line never holds a respondent link: every {@code /respond/kls_…} up to the next {@code /} is hidden. */
class RequestLogMaskTest {

    /** What the log line used to be masked with; the hand-written masking must replace exactly the same. */
    private static final Pattern REFERENCE = Pattern.compile("(/respond/)kls_[^/]*");

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/respond/kls_abc", "/api/v1/respond/kls_abc/answers", "/api/v1/respond/kls_abc/submit",
            "/api/v1/respond/kls_", "/api/v1/respond/kls_/x", "/api/v1/respond/other", "/api/v1/counties", "", "/",
            "/respond/kls_a/respond/kls_b", "/respond/kls_a//respond/kls_b/c", "/x/respond/kls_a-b_c.d~e/answers",
            "/api/v1/respond/kls", "/api/v1/respondkls_x", "/respond/kls_/respond/kls_", "kls_abc/respond/kls_",
            "/api/v1/respond/KLS_abc", "/api/v1/respond/kls_å/ä"})
    void hidesWhatThePatternHid(String path) {
        assertEquals(REFERENCE.matcher(path).replaceAll("$1kls_[hidden]"), RequestLog.masked(path));
    }

    @Test
    void aLinkIsHidden() {
        assertEquals("/api/v1/respond/kls_[hidden]/answers", RequestLog.masked("/api/v1/respond/kls_s3cr3t/answers"));
    }
}
