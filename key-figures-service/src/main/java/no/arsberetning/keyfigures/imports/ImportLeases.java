package no.arsberetning.keyfigures.imports;

import java.time.Clock;

import no.arsberetning.common.locking.Leases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The core's leases (one import at a time across instances): the store has no tables, whose kit brings them elsewhere. */
@Configuration(proxyBeanMethods = false)
class ImportLeases {

    @Bean
    Leases leases(MongoOperations mongo, Clock clock) {
        return new Leases(mongo, clock);
    }
}
