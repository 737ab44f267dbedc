package se.kompetenslaget.strategy;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The levels the strategy addresses: SKL (national), the regional support structures, the municipalities. */
@Schema(name = "StrategyLevel", description = "national (SKL ska), regional or local (Den regionala/lokala nivån kan).")
public enum StrategyLevel {
    NATIONAL,
    REGIONAL,
    LOCAL;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
