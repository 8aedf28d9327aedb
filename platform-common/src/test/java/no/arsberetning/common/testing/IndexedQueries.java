package no.arsberetning.common.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import no.arsberetning.common.indexes.DeclaredIndexes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.util.ClassUtils;

/**
 * Every query a program's code makes in its tests must be one an index can serve: each command's filter
 * and sort are recorded (a driver {@link CommandListener} in every test context, registered through
 * {@code META-INF/spring.factories} of this test jar) and checked after each test class against the
 * indexes the documents declare (which {@link DeclaredIndexes} creates on start). The embedded server cannot explain plans, so the rule is the planner's
 * first step: a query by {@code _id}, or one whose filter (or, without a filter, whose sort) names the
 * first field of an index. A query with neither is a collection scan, which real MongoDB run with
 * {@code notablescan} refuses (docs/deployment.md). Queries written by the tests themselves are left out.
 */
public final class IndexedQueries {

    /** The gateway runs these tests' contract without a database (and without the driver on its classpath). */
    private static final boolean MONGO = ClassUtils.isPresent(
            "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer", null);
    private static final Set<String> QUERIES = Set.of("find", "count", "distinct", "update", "delete", "findAndModify",
            "aggregate");

    private IndexedQueries() {
    }

    /** One query of the program's code: where, what it filters and sorts on, and who made it. */
    record Recorded(String database, String collection, List<String> filter, List<String> sort, String caller) {

        @Override
        public String toString() {
            return collection + " filter " + filter + " sort " + sort + " (" + caller + ")";
        }
    }

    /** Records the queries of one test context's client. */
    static final class Recorder implements CommandListener {

        private final ConcurrentLinkedQueue<Recorded> recorded = new ConcurrentLinkedQueue<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (!QUERIES.contains(event.getCommandName())) {
                return;
            }
            String caller = programCaller();
            if (caller == null) {
                return;
            }
            BsonDocument command = event.getCommand();
            String collection = command.get(event.getCommandName()).isString()
                    ? command.getString(event.getCommandName()).getValue() : "";
            for (BsonDocument query : queries(event.getCommandName(), command)) {
                recorded.add(new Recorded(event.getDatabaseName(), collection, fields(query.get("filter")),
                        fields(query.get("sort")), caller));
            }
        }

        /** The queries in a command, each as {@code {filter, sort}}. */
        private static List<BsonDocument> queries(String name, BsonDocument command) {
            List<BsonDocument> queries = new ArrayList<>();
            switch (name) {
                case "find", "findAndModify" -> queries.add(new BsonDocument("filter",
                        command.containsKey("filter") ? command.get("filter") : command.get("query", new BsonDocument()))
                        .append("sort", command.get("sort", new BsonDocument())));
                case "count", "distinct" -> queries.add(new BsonDocument("filter", command.get("query", new BsonDocument())));
                case "update", "delete" -> {
                    BsonArray statements = command.getArray(name.equals("update") ? "updates" : "deletes", new BsonArray());
                    statements.forEach(s -> queries.add(new BsonDocument("filter", s.asDocument().get("q", new BsonDocument()))));
                }
                case "aggregate" -> {
                    BsonArray pipeline = command.getArray("pipeline", new BsonArray());
                    BsonValue first = pipeline.isEmpty() ? new BsonDocument() : pipeline.get(0);
                    queries.add(new BsonDocument("filter", first.asDocument().get("$match", new BsonDocument())));
                }
                default -> {
                }
            }
            return queries;
        }

        /** The field names a filter or sort document names, through {@code $and} and {@code $or}. */
        private static List<String> fields(BsonValue value) {
            List<String> names = new ArrayList<>();
            if (value == null || !value.isDocument()) {
                return names;
            }
            value.asDocument().forEach((key, nested) -> {
                if ((key.equals("$and") || key.equals("$or")) && nested.isArray()) {
                    nested.asArray().forEach(part -> names.addAll(fields(part)));
                } else if (!key.startsWith("$")) {
                    names.add(key);
                }
            });
            return names;
        }

        List<Recorded> drain() {
            List<Recorded> all = new ArrayList<>();
            for (Recorded r = recorded.poll(); r != null; r = recorded.poll()) {
                all.add(r);
            }
            return all;
        }
    }

    /** Gives every test context a recorder on its MongoDB client. */
    public static final class Customizer implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
            return MONGO ? new RecorderCustomizer() : null;
        }
    }

    private static final class RecorderCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Recorder recorder = new Recorder();
            context.getBeanFactory().registerSingleton("indexedQueriesRecorder", recorder);
            MongoClientSettingsBuilderCustomizer listening = settings -> settings.addCommandListener(recorder);
            context.getBeanFactory().registerSingleton("indexedQueriesListener", listening);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecorderCustomizer;
        }

        @Override
        public int hashCode() {
            return RecorderCustomizer.class.hashCode();
        }
    }

    /** Fails a test class after which the program had made a query no index serves. */
    public static final class Check extends AbstractTestExecutionListener {

        @Override
        public void afterTestClass(TestContext testContext) {
            if (MONGO && testContext.hasApplicationContext()) {
                Verification.verify(testContext);
            }
        }
    }

    private static final class Verification {

        static void verify(TestContext testContext) {
            var context = testContext.getApplicationContext();
            if (!context.containsBean("indexedQueriesRecorder") || context.getBeanNamesForType(MongoOperations.class).length == 0) {
                return;
            }
            List<Recorded> queries = context.getBean(Recorder.class).drain();
            Map<String, List<List<String>>> declared = declared(context.getBean(MongoOperations.class));
            Set<String> unindexed = new LinkedHashSet<>();
            for (Recorded query : queries) {
                if (!served(query, declared.getOrDefault(query.collection(), List.of()))) {
                    unindexed.add(query.toString());
                }
            }
            if (!unindexed.isEmpty()) {
                throw new AssertionError("Spørringer uten indeks etter " + testContext.getTestClass().getSimpleName()
                        + ":\n  " + String.join("\n  ", unindexed));
            }
        }

        /** The indexes the documents declare, by collection (what {@link DeclaredIndexes} creates on start). */
        private static Map<String, List<List<String>>> declared(MongoOperations mongo) {
            var mapping = mongo.getConverter().getMappingContext();
            MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mapping);
            Map<String, List<List<String>>> declared = new HashMap<>();
            for (Class<?> type : DeclaredIndexes.documentTypes()) {
                List<List<String>> indexes = declared.computeIfAbsent(mapping.getRequiredPersistentEntity(type).getCollection(),
                        collection -> new ArrayList<>());
                resolver.resolveIndexFor(type).forEach(index -> indexes.add(new ArrayList<>(index.getIndexKeys().keySet())));
            }
            return declared;
        }
    }

    static boolean served(Recorded query, List<List<String>> indexes) {
        if (query.filter().contains("_id") || (query.filter().isEmpty() && query.sort().contains("_id"))) {
            return true;
        }
        for (List<String> index : indexes) {
            String first = index.get(0);
            if (query.filter().contains(first) || (query.filter().isEmpty() && query.sort().contains(first))) {
                return true;
            }
        }
        return false;
    }

    /** The first class of the program's own code on the stack, or null when the query is a test's own. */
    private static String programCaller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("no.arsberetning.")
                        && !f.getClassName().startsWith("no.arsberetning.mongo.")
                        && !f.getDeclaringClass().equals(IndexedQueries.class)
                        && !f.getDeclaringClass().getName().startsWith(IndexedQueries.class.getName()))
                .findFirst()
                .filter(f -> !isTestCode(f.getDeclaringClass()))
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse(null));
    }

    private static boolean isTestCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        String location = source == null ? "" : String.valueOf(source.getLocation());
        return location.contains("test-classes") || location.contains("-tests.jar");
    }
}
