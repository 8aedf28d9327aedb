package no.arsberetning.hr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** hr-service: Arbeidsgiverområdet og likestilling — kapittel 2. */
@SpringBootApplication
public class HrServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HrServiceApplication.class, args);
    }
}
