package no.arsberetning.common.indexes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/** The declared indexes, created on start, for every program with a database. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnClass(MongoOperations.class)
@ConditionalOnBean(MongoOperations.class)
public class IndexesAutoConfiguration {

    @Bean
    DeclaredIndexes declaredIndexes(MongoOperations mongo) {
        return new DeclaredIndexes(mongo);
    }
}
