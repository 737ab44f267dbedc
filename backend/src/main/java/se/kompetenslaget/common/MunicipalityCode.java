package se.kompetenslaget.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A municipality's four-digit SCB code (kommunkod), e.g. 2580; whether it exists is the service's to check. */
@Documented
@Pattern(regexp = MunicipalityCode.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface MunicipalityCode {

    String PATTERN = "^[0-9]{4}$";

    String message() default "must be a four-digit SCB municipality code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
