package se.kompetenslaget.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The contract's Scope enum is written by hand on the annotation; it must list exactly the scopes there are. */
class ScopeSchemaTest {

    @Test
    void shouldListEveryScopeInTheContract() {
        List<String> documented = List.of(Scope.class.getAnnotation(Schema.class).enumeration());
        List<String> scopes = Arrays.stream(Scope.values()).map(Scope::value).toList();
        assertEquals(scopes, documented);
    }
}
