package no.arsberetning.deployment.support;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a program's configuration reads from the environment: the ${NAME} placeholders it resolves. */
public final class ProgramConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** Always fine to give a program: the JVM reads it, not Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    /** Spring Boot binds SERVER_*, SPRING_*, MANAGEMENT_* and LOGGING_* to its own properties. */
    private static final Pattern SPRING_BOOT_PROPERTY = Pattern.compile("(SERVER|SPRING|MANAGEMENT|LOGGING)_[A-Z0-9_]+");

    private ProgramConfiguration() {
    }

    /** The files a program's configuration comes from (the config server serves config-repo/). */
    public static List<String> files(Program program) {
        List<String> files = new ArrayList<>(List.of(program.module() + "/src/main/resources/application.yml"));
        if (program != Program.CONFIG_SERVER) {
            files.add("platform-common/src/main/resources/config/arsberetning-defaults.yml");
            files.add("config-repo/application.yml");
            String own = "config-repo/" + program.module() + ".yml";
            if (Files.exists(Repository.path(own))) {
                files.add(own);
            }
        }
        return files;
    }

    /** The environment variables the program's configuration refers to. */
    public static Set<String> variables(Program program) {
        Set<String> variables = new TreeSet<>();
        for (String file : files(program)) {
            PLACEHOLDER.matcher(Repository.read(file)).results().forEach(m -> variables.add(m.group(1)));
        }
        return variables;
    }

    /** Whether setting this variable has an effect on the program. */
    public static boolean reads(Program program, String variable) {
        return JVM_VARIABLES.contains(variable) || SPRING_BOOT_PROPERTY.matcher(variable).matches()
                || variables(program).contains(variable);
    }
}
