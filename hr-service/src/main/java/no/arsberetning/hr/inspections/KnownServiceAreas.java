package no.arsberetning.hr.inspections;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import no.arsberetning.hr.tables.ServiceAreas;

/** Every element is a canonical service-area code (brief § 9); null or empty is fine. */
@Documented
@Constraint(validatedBy = KnownServiceAreas.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownServiceAreas {

    String message() default "Ukjent tjenesteområde. Bruk de kanoniske kodene, for eksempel «skole» eller «helse-og-omsorg».";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownServiceAreas, List<String>> {

        @Override
        public boolean isValid(List<String> areas, ConstraintValidatorContext context) {
            return areas == null || areas.stream().allMatch(ServiceAreas.CODES::contains);
        }
    }
}
