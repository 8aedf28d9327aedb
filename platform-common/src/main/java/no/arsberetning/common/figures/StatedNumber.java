package no.arsberetning.common.figures;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import no.arsberetning.common.numbers.NumberWords;

/** The value of a figure must state a number as print does («1 982,2», «-2,6», «fem»). */
@Documented
@Constraint(validatedBy = StatedNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface StatedNumber {

    String message() default "Oppgi et tall slik det skrives i teksten, f.eks. «1 982,2» eller «fem».";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StatedNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || NumberWords.read(value).isPresent();
        }
    }
}
