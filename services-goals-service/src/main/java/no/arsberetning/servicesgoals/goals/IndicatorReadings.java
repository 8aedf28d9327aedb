package no.arsberetning.servicesgoals.goals;

import no.arsberetning.servicesgoals.ServiceAreasProperties;

import org.springframework.stereotype.Component;

/** Reads the structured ambition and the result numbers of an indicator from their printed texts. */
@Component
public class IndicatorReadings {

    private final AmbitionParser ambitions;

    IndicatorReadings(ServiceAreasProperties properties) {
        this.ambitions = new AmbitionParser(properties.planFrom(), properties.planTo());
    }

    public Ambition ambition(String printed) {
        return ambitions.parse(printed);
    }

    public Reading result(String printed, Ambition ambition, int year) {
        return ResultReader.read(printed, ambition, year, false);
    }

    public Reading previousResult(String printed, Ambition ambition, int year) {
        return ResultReader.read(printed, ambition, year, true);
    }
}
