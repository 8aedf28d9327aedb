package no.arsberetning.climate.printed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A request field that must be a printed number («20 prosent», «1 982,2») or a missing-value marker
 * («», «-», «i.a.»). null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PrintedValue.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintedValue {

    String message() default "Oppgi et tall slik det skal trykkes (f.eks. «20 prosent» eller «1 982,2»), eller la feltet stå tomt.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PrintedValue, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Measure measure = Measure.of(value, null);
            return measure.isNumber() || measure.reason() != null;
        }
    }
}
