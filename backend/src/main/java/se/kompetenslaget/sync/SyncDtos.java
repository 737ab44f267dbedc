package se.kompetenslaget.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.cost.FigureDtos.CostLineView;
import se.kompetenslaget.cost.FigureDtos.PopulationView;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigureView;
import se.kompetenslaget.strategy.StrategyDtos.ExampleView;
import se.kompetenslaget.strategy.StrategyDtos.PlanView;
import se.kompetenslaget.survey.SurveyDtos.ResponseView;

/** The records of the incremental sync: one change per object, a page of them, and the cursor to go on from. */
public final class SyncDtos {

    private SyncDtos() {
    }

    /** upsert: store the item under its id (new or changed); delete: forget the id (gone, or no longer yours to see). */
    @Schema(name = "ChangeOp", description = "upsert: store `item` under `id`, replacing what you have; delete: the "
            + "object is gone (or you may no longer see it): forget `id`.")
    public enum ChangeOp {
        upsert, delete
    }

    static final String ID = "The object's id as text, the same in an upsert and a later delete.";
    static final String CHANGED_AT = "When the transaction that made the change began. For information only: the order "
            + "is the server's, not this time.";
    static final String NEXT = "The cursor to send as `after` next time, opaque. Keep it with your copy: it is where "
            + "your copy is up to, also when `changes` is empty.";
    static final String HAS_MORE = "true: more changes are ready now, ask again with `next` at once; false: you are "
            + "up to date (changes still being committed come later).";

    @Schema(name = "CostLineChange", description = "A cost line created, changed or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CostLineChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "The line's id (as in `item.id`), as text.", examples = "4711") String id,
            @Schema(required = true, description = "The municipality whose line it is.", examples = "2580")
            String municipalityCode,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The line as listCostLines shows it; only with upsert.") CostLineView item) {
    }

    @Schema(name = "CostLineChanges", description = "Cost lines changed after the cursor, in the server's change order.")
    public record CostLineChanges(
            @Schema(required = true) List<CostLineChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }

    @Schema(name = "WorkforceFigureChange", description = "A workforce figure created, changed or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WorkforceFigureChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "The figure's id (as in `item.id`), as text.", examples = "815")
            String id,
            @Schema(required = true, description = "The municipality whose figure it is.", examples = "2580")
            String municipalityCode,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The figure as listWorkforceFigures shows it; only with upsert.")
            WorkforceFigureView item) {
    }

    @Schema(name = "WorkforceFigureChanges", description = "Workforce figures changed after the cursor, in the "
            + "server's change order.")
    public record WorkforceFigureChanges(
            @Schema(required = true) List<WorkforceFigureChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }

    @Schema(name = "PopulationChange", description = "A population figure created, changed or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PopulationChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "Municipality code and year, as `<municipality>-<year>`.",
                    examples = "2580-2025") String id,
            @Schema(required = true, examples = "2580") String municipalityCode,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The figure as listPopulation shows it; only with upsert.") PopulationView item) {
    }

    @Schema(name = "PopulationChanges", description = "Population figures changed after the cursor, in the server's "
            + "change order.")
    public record PopulationChanges(
            @Schema(required = true) List<PopulationChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }

    @Schema(name = "SurveyResponseChange", description = "A municipality's answers started, saved, submitted, reopened, "
            + "revoked or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SurveyResponseChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "The invitation's id (as in `item.invitationId`).",
                    examples = "0b8c7a52-3f5e-4c39-9a43-3f0f4a3e8d21") String id,
            @Schema(required = true, examples = "2580") String municipalityCode,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The answers as getInvitationResponse shows them; only with upsert.") ResponseView item) {
    }

    @Schema(name = "SurveyResponseChanges", description = "Survey responses changed after the cursor, in the server's "
            + "change order.")
    public record SurveyResponseChanges(
            @Schema(required = true) List<SurveyResponseChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }

    @Schema(name = "ActionPlanChange", description = "An action plan created, changed (its goals, activities and notes "
            + "included) or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionPlanChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "The plan's id (as in `item.id`).",
                    examples = "0b8c7a52-3f5e-4c39-9a43-3f0f4a3e8d21") String id,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The plan as getActionPlan shows it; only with upsert.") PlanView item) {
    }

    @Schema(name = "ActionPlanChanges", description = "Action plans changed after the cursor, in the server's change "
            + "order.")
    public record ActionPlanChanges(
            @Schema(required = true) List<ActionPlanChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }

    @Schema(name = "LearningExampleChange", description = "A learning example created, changed, published, withdrawn "
            + "or deleted.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearningExampleChange(
            @Schema(required = true) ChangeOp op,
            @Schema(required = true, description = "The example's id (as in `item.id`).",
                    examples = "0b8c7a52-3f5e-4c39-9a43-3f0f4a3e8d21") String id,
            @Schema(required = true, description = CHANGED_AT) Instant changedAt,
            @Schema(description = "The example as getLearningExample shows it; only with upsert.") ExampleView item) {
    }

    @Schema(name = "LearningExampleChanges", description = "Learning examples changed after the cursor, in the "
            + "server's change order.")
    public record LearningExampleChanges(
            @Schema(required = true) List<LearningExampleChange> changes,
            @Schema(required = true, description = NEXT) String next,
            @Schema(required = true, description = HAS_MORE) boolean hasMore) {
    }
}
