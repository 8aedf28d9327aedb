package no.arsberetning.climate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** climate-service: Klimabudsjett — kapittel 3. */
@SpringBootApplication
public class ClimateServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClimateServiceApplication.class, args);
    }
}
