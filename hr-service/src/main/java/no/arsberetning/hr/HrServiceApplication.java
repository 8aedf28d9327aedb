package no.arsberetning.hr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** hr-service: Arbeidsgiverområdet og likestilling — kapittel 2. */
@SpringBootApplication
@EnableConfigurationProperties(HrProperties.class)
public class HrServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HrServiceApplication.class, args);
    }
}
