package no.arsberetning.gateway.services;

import java.math.BigDecimal;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;

/** services-goals-service: each area's operating accounts as its own chapter prints them. */
public interface ServiceAreasApi {

    @GetExchange("/{year}/accounts")
    Mono<List<AreaAccount>> accounts(@PathVariable int year);

    record AreaAccount(String area, String areaName, String chapter, String table, String unit, Amount actual,
            Amount revisedBudget, Amount originalBudget, Amount deviation) {
    }

    record Amount(BigDecimal value, String text) {
    }
}
