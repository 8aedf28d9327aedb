package no.arsberetning.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway with its defaults and one route (application.yml): no security, rate limit, observation,
 * access log or composition. {@code bench/run} measures the platform's gateway against it and against the service
 * called direct, in the same minutes: what the framework's proxying costs on this machine, and what the gateway's
 * own work adds to it.
 */
@SpringBootApplication
public class StockGateway {

    public static void main(String[] args) {
        SpringApplication.run(StockGateway.class, args);
    }
}
