package no.arsberetning.gateway.services;

import java.math.BigDecimal;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/** climate-service: the climate investment measures, and where finance reports the same money. */
public interface ClimateApi {

    @GetExchange("/{year}/investments")
    Mono<Investments> investments(@PathVariable int year);

    record Investments(String unit, Measure totalBudget, Measure totalActual, FinanceLine comparableWith) {
    }

    record Measure(String text, BigDecimal value) {
    }

    /** Finance's table and row for the same money, as printed (e.g. table "1.4", row "Klimainvesteringer"). */
    record FinanceLine(String table, String row) {
    }
}
