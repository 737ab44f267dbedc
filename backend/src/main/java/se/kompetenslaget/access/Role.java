package se.kompetenslaget.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a grant lets a person do; a coordinator's and an editor's grants are scoped to a county or a municipality. */
public enum Role {
    ADMIN("admin"),
    COUNTY_COORDINATOR("county_coordinator"),
    MUNICIPALITY_EDITOR("municipality_editor"),
    ANALYST("analyst");

    private final String value;

    Role(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<Role> of(String value) {
        return Arrays.stream(values()).filter(role -> role.value.equals(value)).findFirst();
    }
}
