package se.kompetenslaget.strategy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Submitted survey answers as a plan goal's indicator: a number question, per municipality or across many. */
@ApplicationScoped
public class SurveyAnswers {

    /** The mean of the latest submitted answers, and how many there were (0: no value). */
    public record Value(BigDecimal mean, int count) {
    }

    private final AgroalDataSource dataSource;

    public SurveyAnswers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether some version of the questionnaire has a number question with this id. */
    boolean isNumberQuestion(UUID questionnaireId, String questionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT EXISTS (SELECT 1 FROM questionnaire_version WHERE questionnaire_id = ?
                           AND jsonb_path_exists(definition,
                               '$.sections[*].questions[*] ? (@.id == $id && @.type == "number")',
                               jsonb_build_object('id', ?::text)))""")) {
            query.setObject(1, questionnaireId);
            query.setString(2, questionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the questionnaire", e);
        }
    }

    /**
     * The latest submitted numeric answer of each municipality selected (one municipality, a county's, or all when
     * both are null), averaged.
     */
    Value value(UUID questionnaireId, String questionId, String countyCode, String municipalityCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT avg(value), count(*) FROM (
                            SELECT DISTINCT ON (municipality_code) (answers ->> ?)::numeric AS value
                              FROM survey_response
                             WHERE questionnaire_id = ? AND status = 'submitted'
                               AND jsonb_typeof(answers -> ?) = 'number'
                               AND (?::text IS NULL OR municipality_code = ?::text)
                               AND (?::text IS NULL OR municipality_code LIKE ?::text || '%')
                             ORDER BY municipality_code, submitted_at DESC) latest""")) {
            query.setString(1, questionId);
            query.setObject(2, questionnaireId);
            query.setString(3, questionId);
            query.setString(4, municipalityCode);
            query.setString(5, municipalityCode);
            query.setString(6, countyCode);
            query.setString(7, countyCode);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                BigDecimal mean = row.getBigDecimal(1);
                return new Value(mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP), row.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the survey answers", e);
        }
    }
}
