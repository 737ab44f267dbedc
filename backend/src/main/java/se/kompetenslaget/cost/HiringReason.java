package se.kompetenslaget.cost;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The main reasons for hiring staff, as the strategy's survey asked them. */
@Schema(name = "HiringReason", description = "A main reason for hiring staff.")
public enum HiringReason {
    NO_QUALIFIED_APPLICANTS,
    WORKLOAD,
    QUICK_APPOINTMENT,
    TEMPORARY_ABSENCE,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    static final Set<String> CODES = Arrays.stream(values()).map(HiringReason::code)
            .collect(Collectors.toUnmodifiableSet());
}
