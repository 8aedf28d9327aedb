package no.arsberetning.common.indexes;

import java.util.ArrayList;
import java.util.List;

import no.arsberetning.common.StartupOrder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.util.ClassUtils;

/**
 * Creates, on start and before anything reads, the indexes every document declares ({@code @Indexed},
 * {@code @CompoundIndex} on the record): the shared core's and the service's own, found on the classpath
 * under {@value #PACKAGE}. Creating an index that exists is a no-op, so every replica does it.
 */
public class DeclaredIndexes implements ApplicationRunner, Ordered {

    static final String PACKAGE = "no.arsberetning";
    private static final Logger log = LoggerFactory.getLogger(DeclaredIndexes.class);

    private final MongoOperations mongo;

    public DeclaredIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public int getOrder() {
        return StartupOrder.INDEXES;
    }

    @Override
    public void run(ApplicationArguments args) {
        MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(
                mongo.getConverter().getMappingContext());
        int created = 0;
        for (Class<?> type : documentTypes()) {
            IndexOperations indexes = mongo.indexOps(type);
            for (IndexDefinition index : resolver.resolveIndexFor(type)) {
                indexes.createIndex(index);
                created++;
            }
        }
        log.info("{} indekser på plass", created);
    }

    /** Every {@code @Document} type of the program. */
    public static List<Class<?>> documentTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
            types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), DeclaredIndexes.class.getClassLoader()));
        }
        return types;
    }
}
