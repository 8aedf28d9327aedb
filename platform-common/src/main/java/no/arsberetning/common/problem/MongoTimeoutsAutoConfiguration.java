package no.arsberetning.common.problem;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Fails fast when the database is down: the driver's defaults wait 30 s to find a server and forever
 * for a socket, so a request would hang instead of getting its 503 ({@link DatabaseUnavailableHandler}).
 * Applied after the connection string, so these settings win over its options.
 */
@AutoConfiguration
@ConditionalOnClass({ MongoClientSettings.class, MongoClientSettingsBuilderCustomizer.class })
@EnableConfigurationProperties(MongoTimeoutsAutoConfiguration.MongoTimeouts.class)
public class MongoTimeoutsAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeouts(MongoTimeouts timeouts) {
        return new OrderedCustomizer(timeouts);
    }

    /**
     * @param serverSelectionTimeout how long an operation waits for a reachable server (then 503)
     * @param connectTimeout how long opening a connection may take
     * @param socketTimeout how long a read may wait for the server's answer
     */
    @ConfigurationProperties("arsberetning.mongo")
    public record MongoTimeouts(@DefaultValue("500ms") Duration serverSelectionTimeout,
            @DefaultValue("500ms") Duration connectTimeout, @DefaultValue("10s") Duration socketTimeout) {
    }

    private record OrderedCustomizer(MongoTimeouts timeouts) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
            settings.applyToSocketSettings(socket -> socket
                    .connectTimeout((int) timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout((int) timeouts.socketTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
