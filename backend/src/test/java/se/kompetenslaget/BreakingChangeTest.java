package se.kompetenslaget;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import se.kompetenslaget.support.ContractValidation;

/**
 * The breaking-change gate: openapi.yaml against the last released contract kept in contract/released/
 * (openapi-&lt;version&gt;.yaml, one per release). A change a client built on the release would break on
 * (openapi-diff's "incompatible") fails unless info.version's major is higher than the release's. To release,
 * copy openapi.yaml to contract/released/openapi-&lt;info.version&gt;.yaml: it becomes the new baseline.
 */
class BreakingChangeTest {

    private static final Path RELEASED = ContractValidation.CONTRACT.toAbsolutePath().getParent().resolve("contract/released");
    private static final Pattern VERSION = Pattern.compile("^openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml$");

    @Test
    void shouldBreakTheLastReleasedContractOnlyWithAHigherMajorVersion() throws IOException {
        Path baseline = lastRelease();
        ChangedOpenApi diff = OpenApiCompare.fromLocations(baseline.toUri().toString(),
                ContractValidation.CONTRACT.toAbsolutePath().toUri().toString());
        int releasedMajor = major(diff.getOldSpecOpenApi().getInfo().getVersion());
        int currentMajor = major(diff.getNewSpecOpenApi().getInfo().getVersion());
        assertFalse(currentMajor < releasedMajor, "openapi.yaml's version is older than the released "
                + baseline.getFileName());
        if (diff.isIncompatible()) {
            assertTrue(currentMajor > releasedMajor, "openapi.yaml breaks clients of " + baseline.getFileName()
                    + " without a new major version in info.version (raise it, or undo the change):\n"
                    + markdown(diff));
        }
    }

    @Test
    void shouldSeeARemovedOperationAsBreakingAndTheReleaseItselfAsNot() throws IOException {
        Path baseline = lastRelease();
        Path removed = Files.createTempFile("openapi-removed", ".yaml");
        try {
            Files.writeString(removed, Files.readString(baseline).replace("\n  /api/v1/counties:\n",
                    "\n  /api/v1/counties-gone:\n"));
            assertTrue(OpenApiCompare.fromLocations(baseline.toUri().toString(), removed.toUri().toString())
                    .isIncompatible());
            assertFalse(OpenApiCompare.fromLocations(baseline.toUri().toString(), baseline.toUri().toString())
                    .isIncompatible());
        } finally {
            Files.deleteIfExists(removed);
        }
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<Path> releases = files.filter(file -> VERSION.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(BreakingChangeTest::versionKey)).toList();
            assertFalse(releases.isEmpty(), "no released contract in " + RELEASED);
            return releases.get(releases.size() - 1);
        }
    }

    private static long versionKey(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        m.matches();
        return Long.parseLong(m.group(1)) * 1_000_000L + Long.parseLong(m.group(2)) * 1_000L + Long.parseLong(m.group(3));
    }

    private static int major(String version) {
        return Integer.parseInt(version.strip().split("\\.")[0]);
    }

    private static String markdown(ChangedOpenApi diff) {
        var out = new java.io.ByteArrayOutputStream();
        try (var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException | RuntimeException e) {
            return "(the difference could not be rendered: " + e.getMessage() + ")";
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
