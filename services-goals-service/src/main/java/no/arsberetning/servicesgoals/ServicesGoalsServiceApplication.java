package no.arsberetning.servicesgoals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** services-goals-service: Tjenesteområdene — kapittel 4–19. */
@SpringBootApplication
@EnableConfigurationProperties(ServiceAreasProperties.class)
public class ServicesGoalsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServicesGoalsServiceApplication.class, args);
    }
}
