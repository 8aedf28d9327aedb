package no.arsberetning.gateway.services;

import java.math.BigDecimal;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/** climate-service: the emission trajectory. */
public interface ClimateApi {

    @GetExchange("/{year}/trajectory")
    Mono<Trajectory> trajectory(@PathVariable int year);

    record Measure(String text, BigDecimal value) {
    }

    /**
     * The emission trajectory as climate-service reads it: the latest reported cut, where each target stands,
     * the outlook to the final target, and the series a chart draws (x = year, y = cut in percent of the
     * reference year's emissions; positive means lower emissions).
     */
    public record Trajectory(Integer referenceYear, String unit, String convention, Cut latest, List<Target> targets,
            Outlook outlook, Chart chart) {
    }

    public record Cut(int year, Measure reduction) {
    }

    public record Target(int year, Measure reduction, String kind, boolean due, Boolean reached, Measure gap) {
    }

    public record Outlook(int targetYear, Measure target, int yearsLeft, Measure remaining, Measure requiredPerYear,
            Measure paceSoFar, Measure projected) {
    }

    public record Chart(String unit, String valueLabel, List<Series> series) {
    }

    public record Series(String key, String label, List<Point> points) {
    }

    public record Point(int year, BigDecimal value) {
    }
}
