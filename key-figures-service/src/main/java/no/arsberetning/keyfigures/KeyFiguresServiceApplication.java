package no.arsberetning.keyfigures;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** key-figures-service: national statistics (KOSTRA) for every municipality — store, import, comparison. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KeyFiguresServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(KeyFiguresServiceApplication.class, args);
    }
}
