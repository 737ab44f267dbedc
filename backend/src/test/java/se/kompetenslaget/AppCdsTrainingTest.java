package se.kompetenslaget;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's start for the class-data archive goes through the JVM's own list of the classes it loaded, and runs no
 * code of them while linking them. Whether a class is linked is not visible to Java code, so that the archive then
 * holds them is measured, not tested: the classes a start takes from it (RESULTS.md, tenth round).
 */
class AppCdsTrainingTest {

    static boolean initialised;

    /** A class whose static initialiser would show that linking ran code of it. */
    static final class LoadedNotUsed {
        static {
            initialised = true;
        }
    }

    @Test
    void theJvmNamesTheClassesItLoaded() throws Exception {
        Class.forName(LoadedNotUsed.class.getName(), false, getClass().getClassLoader());
        List<String> names = AppCdsTraining.loadedClassNames();
        assertTrue(names.contains(AppCdsTrainingTest.class.getName()), () -> names.size() + " names");
        assertTrue(names.contains("java.lang.String"));
        assertTrue(names.contains(LoadedNotUsed.class.getName()));
        assertFalse(names.stream().anyMatch(name -> name.contains("/") || name.contains("$$Lambda") || name.isBlank()));
    }

    @Test
    void linkingRunsNoStaticInitialiser() throws Exception {
        Class.forName(LoadedNotUsed.class.getName(), false, getClass().getClassLoader());
        AppCdsTraining.linkLoadedClasses();
        assertFalse(initialised, "a static initialiser ran");
    }
}
