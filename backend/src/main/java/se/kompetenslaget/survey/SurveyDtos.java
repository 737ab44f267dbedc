package se.kompetenslaget.survey;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.survey.Definition.Text;

/** What the survey API reads and writes. */
public final class SurveyDtos {

    static final String COUNTY_PATTERN = "^[0-9]{2}$";
    static final String MUNICIPALITY_PATTERN = "^[0-9]{4}$";

    private SurveyDtos() {
    }

    // --- Campaigns -----------------------------------------------------------------------------------

    @Schema(name = "CampaignRequest", description = "A campaign groups questionnaires sent together.")
    public record CampaignRequest(
            @Schema(required = true, examples = "Nationell enkät om inhyrd personal 2017") @NotBlank @Size(max = 200)
            String title,
            @Size(max = 4000) String description,
            @Schema(description = "The county whose coordinators run it; absent for a national campaign.",
                    examples = "25", pattern = COUNTY_PATTERN)
            @Pattern(regexp = COUNTY_PATTERN, message = "must be a two-digit SCB county code") String ownerCountyCode) {
    }

    @Schema(name = "Campaign")
    public record CampaignView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            String description,
            String ownerCountyCode,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<QuestionnaireSummary> questionnaires,
            @Schema(required = true, description = "Counts changes; the ETag.") int revision) {
    }

    @Schema(name = "CampaignPage")
    public record CampaignPage(@Schema(required = true) List<CampaignView> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {
    }

    // --- Questionnaires ------------------------------------------------------------------------------

    @Schema(name = "QuestionnaireStatus", enumeration = {"draft", "open", "closed", "archived"})
    public enum Status {
        draft, open, closed, archived
    }

    @Schema(name = "QuestionnaireRequest", description = """
            Creates a questionnaire (as a draft), or replaces its settings and definition. While it is a draft the
            definition is edited in place; once it has been open, a changed definition becomes a new version and each
            answer stays on the version it was begun on.""")
    public record QuestionnaireRequest(
            @Schema(required = true) @NotNull @Valid LocalizedTitle title,
            @Valid LocalizedDescription description,
            @Schema(description = "The campaign it belongs to.") UUID campaignId,
            @Schema(description = "The county whose coordinators run it; absent for a national questionnaire. "
                    + "Cannot change after creation.", examples = "25", pattern = COUNTY_PATTERN)
            @Pattern(regexp = COUNTY_PATTERN, message = "must be a two-digit SCB county code") String ownerCountyCode,
            @Schema(description = "Free-text answers are shown in results without their municipality.")
            Boolean anonymous,
            Instant opensAt,
            @Schema(description = "After this, respondent links no longer work.") Instant closesAt,
            @Schema(description = "A questionnaire whose submitted answers prefill this one's questions that name "
                    + "`prefillFrom`.") UUID prefillSourceId,
            @Schema(required = true) @NotNull Definition definition) {
    }

    @Schema(name = "LocalizedTitle", description = "Swedish required, English optional.")
    public record LocalizedTitle(
            @Schema(required = true, examples = "Inhyrd personal – individ- och familjeomsorg") @NotBlank @Size(max = 300)
            String sv,
            @Size(max = 300) String en) {

        Text text() {
            return new Text(sv, en);
        }
    }

    @Schema(name = "LocalizedDescription", description = "Swedish required, English optional; up to "
            + LocalizedDescription.MAX + " characters each (the national survey's introductions are about 400).")
    public record LocalizedDescription(
            @Schema(required = true, examples = "Enkäten gäller inhyrd personal inom individ- och familjeomsorgen.")
            @NotBlank @Size(max = LocalizedDescription.MAX) String sv,
            @Size(max = LocalizedDescription.MAX) String en) {

        static final int MAX = 2000;
    }

    @Schema(name = "QuestionnaireSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionnaireSummary(
            @Schema(required = true) UUID id,
            UUID campaignId,
            @Schema(required = true) Text title,
            String ownerCountyCode,
            @Schema(required = true) Status status,
            @Schema(required = true) boolean anonymous,
            Instant opensAt,
            Instant closesAt,
            @Schema(required = true) int currentVersion,
            @Schema(ref = "TemplateKey") String templateKey,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Send it back in If-Match to update.") int revision) {
    }

    @Schema(name = "Questionnaire", description = "A questionnaire with the definition of its current version.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionnaireView(
            @Schema(required = true) UUID id,
            UUID campaignId,
            @Schema(required = true) Text title,
            Text description,
            String ownerCountyCode,
            @Schema(required = true) Status status,
            @Schema(required = true) boolean anonymous,
            Instant opensAt,
            Instant closesAt,
            UUID prefillSourceId,
            @Schema(required = true) int currentVersion,
            @Schema(required = true) List<VersionInfo> versions,
            @Schema(ref = "TemplateKey") String templateKey,
            @Schema(required = true) Definition definition,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) int revision) {
    }

    @Schema(name = "QuestionnaireVersionInfo")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionInfo(@Schema(required = true) int version, @Schema(required = true) Instant createdAt,
            @Schema(description = "When it was frozen (first opened, or created while open).") Instant frozenAt,
            @Schema(required = true, description = "Responses begun on this version.") long responses) {
    }

    @Schema(name = "QuestionnaireVersion")
    public record VersionView(@Schema(required = true) int version, @Schema(required = true) Instant createdAt,
            Instant frozenAt, @Schema(required = true) Definition definition) {
    }

    @Schema(name = "QuestionnairePage")
    public record QuestionnairePage(@Schema(required = true) List<QuestionnaireSummary> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
    }

    @Schema(name = "QuestionnaireTemplate", description = "Ready-made content that can be imported as a new draft.")
    public record TemplateView(
            @Schema(required = true, ref = "TemplateKey") String key,
            @Schema(required = true) Text title,
            Text description,
            @Schema(required = true) int questions) {
    }

    @Schema(name = "TemplateImportRequest")
    public record TemplateImportRequest(
            UUID campaignId,
            @Schema(examples = "25", pattern = COUNTY_PATTERN)
            @Pattern(regexp = COUNTY_PATTERN, message = "must be a two-digit SCB county code") String ownerCountyCode,
            UUID prefillSourceId) {
    }

    // --- Invitations ---------------------------------------------------------------------------------

    @Schema(name = "InvitationTargetKind", enumeration = {"all", "county", "municipalities", "follow_up"})
    public enum TargetKind {
        all, county, municipalities, follow_up
    }

    @Schema(name = "InvitationRequest", description = """
            Whom to invite: every municipality (`all`), a county's, an explicit list, or a follow-up rule on submitted
            answers to another questionnaire. Municipalities already invited are skipped; a county questionnaire
            can only invite its own county's municipalities.""")
    public record InvitationRequest(
            @Schema(required = true) @NotNull TargetKind target,
            @Schema(examples = "25", pattern = COUNTY_PATTERN)
            @Pattern(regexp = COUNTY_PATTERN, message = "must be a two-digit SCB county code") String countyCode,
            @Size(max = 290) List<@Pattern(regexp = MUNICIPALITY_PATTERN,
                    message = "must be a four-digit SCB municipality code") String> municipalityCodes,
            @Valid FollowUpRule followUp,
            @Schema(description = "When given, the new invitations are also e-mailed to the municipalities' contacts "
                    + "(queued in the same transaction).") @Valid MailDtos.MailingRequest email) {

        public InvitationRequest(TargetKind target, String countyCode, List<String> municipalityCodes,
                FollowUpRule followUp) {
            this(target, countyCode, municipalityCodes, followUp, null);
        }
    }

    @Schema(name = "FollowUpRule", description = """
            The municipalities whose submitted answer to `questionId` of `questionnaireId` equals `equalTo`, is greater
            than `greaterThan`, or names the profession `includesProfession` (for a matrix: in `rowId`/`columnId`, or
            any cell when absent). Exactly one test.""")
    public record FollowUpRule(
            @Schema(required = true) @NotNull UUID questionnaireId,
            @Schema(required = true, examples = "hired_children_authority") @NotBlank String questionId,
            @Schema(description = "Any JSON value; for multiple choice, the option must be among those chosen. Named "
                    + "`equals` before 2.0.0, still read.")
            @JsonAlias("equals") JsonNode equalTo,
            BigDecimal greaterThan,
            String includesProfession,
            String rowId,
            String columnId) {
    }

    @Schema(name = "InvitationsCreated", description = "The new invitations with, this once, their respondent links.")
    public record InvitationsCreated(
            @Schema(required = true) int created,
            @Schema(required = true) int alreadyInvited,
            @Schema(required = true) List<InvitationLink> invitations) {
    }

    @Schema(name = "InvitationLink", description = "A respondent link. The token is shown only now; reissue it to get a "
            + "new one (the old one then stops working).")
    public record InvitationLink(
            @Schema(required = true) UUID invitationId,
            @Schema(required = true) String municipalityCode,
            @Schema(required = true) String municipalityName,
            @Schema(required = true, examples = "kls_q3Jx…") String token,
            @Schema(required = true, description = "The SPA path to send, e.g. /respond/kls_q3Jx…") String path) {
    }

    @Schema(name = "InvitationStatus", enumeration = {"not_started", "started", "submitted", "revoked"})
    public enum InvitationStatus {
        not_started, started, submitted, revoked
    }

    @Schema(name = "Invitation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvitationView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true) String municipalityCode,
            @Schema(required = true) String municipalityName,
            @Schema(required = true) String countyCode,
            @Schema(required = true) InvitationStatus status,
            @Schema(required = true) Instant createdAt,
            Instant linkIssuedAt,
            Instant lastSavedAt,
            Instant submittedAt,
            Instant reopenedAt,
            String reopenReason,
            Instant revokedAt,
            @Schema(description = "The respondent's contact details, as the respondent gave them.") InvitationContact contact) {
    }

    @Schema(name = "InvitationContact", description = "Whom to ask about an invitation's answers, as the respondent "
            + "gave them. Kept with the invitation, never in the answers, exports or results; erased with the person.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvitationContact(
            @Schema(examples = "Anna Berg") String name,
            @Schema(examples = "anna.berg@lulea.se") String email,
            @Schema(examples = "0920-45 30 00") String phone,
            @Schema(description = "When the respondent last changed them.") Instant updatedAt) {

        static InvitationContact of(Invitation invitation) {
            if (invitation.contactName == null && invitation.contactEmail == null && invitation.contactPhone == null) {
                return null;
            }
            return new InvitationContact(invitation.contactName, invitation.contactEmail, invitation.contactPhone,
                    invitation.contactUpdatedAt);
        }
    }

    @Schema(name = "ContactUpdate", description = "The respondent's contact details; each is optional, and an absent "
            + "or empty one is cleared.")
    public record ContactUpdate(
            @Schema(examples = "Anna Berg", maxLength = 200) @Size(max = 200, message = "must be at most 200 characters")
            String name,
            @Schema(examples = "anna.berg@lulea.se", format = "email", maxLength = 254)
            @Size(max = 254, message = "must be at most 254 characters")
            @jakarta.validation.constraints.Email(message = "must be an e-mail address") String email,
            @Schema(examples = "0920-45 30 00", maxLength = 40, pattern = PHONE_PATTERN)
            @Pattern(regexp = PHONE_PATTERN, message = "must be a telephone number: digits, spaces, +, -, ( and )")
            String phone) {
    }

    static final String PHONE_PATTERN = "^$|^[0-9+()\\- ]{3,40}$";

    @Schema(name = "InvitationPage")
    public record InvitationPage(@Schema(required = true) List<InvitationView> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long totalItems,
            @Schema(required = true) int totalPages) {
    }

    @Schema(name = "ReopenRequest")
    public record ReopenRequest(
            @Schema(required = true, examples = "Fel siffra för 2016 enligt kommunens ekonomichef") @NotBlank
            @Size(max = 1000) String reason) {
    }

    @Schema(name = "SurveyResponse", description = "One municipality's answers, as managers see them.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseView(
            @Schema(required = true) UUID invitationId,
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true) String municipalityCode,
            @Schema(required = true) String municipalityName,
            @Schema(required = true) int version,
            @Schema(required = true) InvitationStatus status,
            @Schema(required = true) ObjectNode answers,
            @Schema(required = true) int revision,
            @Schema(required = true) Instant startedAt,
            @Schema(required = true) Instant updatedAt,
            Instant submittedAt,
            Instant reopenedAt,
            String reopenReason) {
    }

    // --- Answering -----------------------------------------------------------------------------------

    @Schema(name = "RespondentMunicipality")
    public record MunicipalityRef(@Schema(required = true, examples = "2580") String code,
            @Schema(required = true, examples = "Luleå") String name) {
    }

    @Schema(name = "RespondentForm", description = """
            What a respondent link opens: the questionnaire (at the version the answer is pinned to) and the draft
            or submitted answers. The ETag header carries `revision`; send it back in If-Match when saving.""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RespondentForm(
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true) Text title,
            Text description,
            @Schema(required = true) boolean anonymous,
            Instant closesAt,
            @Schema(required = true) MunicipalityRef municipality,
            @Schema(required = true) int version,
            @Schema(required = true) Definition definition,
            @Schema(required = true) InvitationStatus status,
            @Schema(required = true) ObjectNode answers,
            @Schema(required = true, description = "0 before the first save.") int revision,
            Instant lastSavedAt,
            Instant submittedAt,
            @Schema(description = "Questions whose answers were copied from the municipality's earlier response.")
            List<String> prefilled,
            @Schema(description = "The respondent's contact details, if given (saveRespondentContact).")
            InvitationContact contact) {
    }

    @Schema(name = "AnswersUpdate", description = "The answers to set; a question given null is cleared. Questions not "
            + "named keep their saved answer.")
    public record AnswersUpdate(
            @Schema(required = true, description = "Question id → answer, or null to clear it.") @NotNull ObjectNode answers) {
    }

    @Schema(name = "DraftSaved")
    public record DraftSaved(@Schema(required = true) int revision, @Schema(required = true) Instant savedAt,
            @Schema(required = true) InvitationStatus status) {
    }

    // --- Results -------------------------------------------------------------------------------------

    @Schema(name = "ResponseRate")
    public record Rate(
            @Schema(required = true) long invited,
            @Schema(required = true) long notStarted,
            @Schema(required = true) long started,
            @Schema(required = true) long submitted,
            @Schema(required = true, description = "submitted / invited × 100, one decimal; 0 when none invited.",
                    examples = "71.0") double submittedPercent) {
    }

    @Schema(name = "CountyResponseRate")
    public record CountyRate(@Schema(required = true) String countyCode, @Schema(required = true) String countyName,
            @Schema(required = true) Rate rate) {
    }

    @Schema(name = "QuestionnaireResponseRates")
    public record QuestionnaireRates(
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true) Text title,
            @Schema(required = true) Rate total,
            @Schema(required = true) List<CountyRate> byCounty) {
    }

    @Schema(name = "CampaignResponseRates", description = """
            `invitations` counts questionnaire invitations (the share of questionnaires submitted);
            `municipalities` counts municipalities invited to at least one and those that submitted at least one.""")
    public record CampaignRates(
            @Schema(required = true) UUID campaignId,
            @Schema(required = true) Rate invitations,
            @Schema(required = true) MunicipalityRate municipalities,
            @Schema(required = true) List<QuestionnaireRates> questionnaires,
            @Schema(required = true) List<CountyCampaignRate> byCounty) {
    }

    @Schema(name = "MunicipalityResponseRate")
    public record MunicipalityRate(
            @Schema(required = true) long invited,
            @Schema(required = true, description = "Submitted at least one questionnaire.") long submittedAny,
            @Schema(required = true, examples = "69.3") double submittedAnyPercent) {
    }

    @Schema(name = "CountyCampaignResponseRate")
    public record CountyCampaignRate(@Schema(required = true) String countyCode,
            @Schema(required = true) String countyName, @Schema(required = true) Rate invitations,
            @Schema(required = true) MunicipalityRate municipalities) {
    }

    @Schema(name = "QuestionnaireResults", description = "Per-question results over the submitted responses in the filter.")
    public record Results(
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true, description = "The version whose texts label the results.") int version,
            @Schema(required = true, description = "Submitted responses counted.") long respondents,
            @Schema(required = true) List<QuestionResult> questions) {
    }

    @Schema(name = "QuestionResult", description = "Percentages are of `answered`, the municipalities that answered it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(
            @Schema(required = true) String questionId,
            @Schema(required = true) Definition.Type type,
            @Schema(required = true) Text text,
            @Schema(required = true) long answered,
            List<OptionCount> options,
            NumberStats number,
            @Schema(description = "profession: municipalities naming each, most first.") List<ProfessionCount> professions,
            List<MatrixCellResult> matrix,
            List<TextAnswer> texts) {
    }

    @Schema(name = "OptionCount")
    public record OptionCount(@Schema(required = true) String value, @Schema(required = true) Text label,
            @Schema(required = true) long count, @Schema(required = true) double percent) {
    }

    @Schema(name = "NumberStats")
    public record NumberStats(@Schema(required = true) long count, @Schema(required = true) BigDecimal sum,
            @Schema(required = true) BigDecimal mean, @Schema(required = true) BigDecimal median,
            @Schema(required = true) BigDecimal min, @Schema(required = true) BigDecimal max) {
    }

    @Schema(name = "ProfessionCount")
    public record ProfessionCount(@Schema(required = true) String code, @Schema(required = true) String nameSv,
            @Schema(required = true) long municipalities, @Schema(required = true) double percent) {
    }

    @Schema(name = "MatrixCellResult", description = "One row × column: professions ranked by the number of "
            + "municipalities naming them (the report's \"falling order\"), and the free texts.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatrixCellResult(
            @Schema(required = true) String rowId,
            @Schema(required = true) Text rowLabel,
            @Schema(required = true) String columnId,
            @Schema(required = true) Text columnLabel,
            @Schema(required = true, description = "Municipalities that filled in this cell.") long answered,
            @Schema(required = true) List<ProfessionCount> professions,
            @Schema(required = true) List<TextAnswer> texts) {
    }

    @Schema(name = "TextAnswer", description = "A free-text (or date) answer; without municipality when anonymous.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TextAnswer(String municipalityCode, String municipalityName, @Schema(required = true) String text) {
    }
}
