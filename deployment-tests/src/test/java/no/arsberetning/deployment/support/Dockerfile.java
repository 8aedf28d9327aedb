package no.arsberetning.deployment.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** docker/Dockerfile parsed into stages and instructions (continuation lines joined, comments dropped). */
public final class Dockerfile {

    public static final String FILE = "docker/Dockerfile";

    /** One instruction: its keyword (upper case) and the rest of the line. */
    public record Instruction(String keyword, String arguments) {
    }

    /** One stage: FROM image [AS name] and what follows until the next FROM. */
    public record Stage(String image, String name, List<Instruction> instructions) {

        public List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        public Optional<Instruction> last(String keyword) {
            List<Instruction> matching = all(keyword);
            return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
        }
    }

    private final List<Instruction> globalArgs;
    private final List<Stage> stages;

    private Dockerfile(List<Instruction> globalArgs, List<Stage> stages) {
        this.globalArgs = globalArgs;
        this.stages = stages;
    }

    public static Dockerfile load() {
        return parse(Repository.read(FILE));
    }

    public static Dockerfile parse(String text) {
        List<Instruction> globalArgs = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        for (String line : logicalLines(text)) {
            int space = line.indexOf(' ');
            String keyword = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
            String arguments = space < 0 ? "" : line.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                String[] parts = arguments.split("\\s+");
                String name = parts.length >= 3 && parts[1].equalsIgnoreCase("AS") ? parts[2] : null;
                stages.add(new Stage(parts[0], name, new ArrayList<>()));
            }
            else if (stages.isEmpty()) {
                globalArgs.add(new Instruction(keyword, arguments));
            }
            else {
                stages.get(stages.size() - 1).instructions().add(new Instruction(keyword, arguments));
            }
        }
        return new Dockerfile(globalArgs, stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    public Optional<Stage> stage(String name) {
        return stages.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /** The default of an ARG declared before the first FROM or in any stage; empty if it has none. */
    public Optional<String> argDefault(String name) {
        List<Instruction> args = new ArrayList<>(globalArgs);
        stages.forEach(stage -> args.addAll(stage.all("ARG")));
        return args.stream().filter(i -> i.keyword().equals("ARG"))
                .map(Instruction::arguments)
                .filter(a -> a.startsWith(name + "="))
                .map(a -> a.substring(name.length() + 1))
                .findFirst();
    }

    /** A stage's base image with ${ARG} references to global ARG defaults resolved. */
    public String resolvedImage(Stage stage) {
        String image = stage.image();
        for (Instruction arg : globalArgs) {
            int equals = arg.arguments().indexOf('=');
            if (equals > 0) {
                String name = arg.arguments().substring(0, equals);
                image = image.replace("${" + name + "}", arg.arguments().substring(equals + 1))
                        .replace("$" + name, arg.arguments().substring(equals + 1));
            }
        }
        return image;
    }

    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (current.length() > 0) {
                lines.add(current.toString().strip());
            }
            current.setLength(0);
        }
        return lines;
    }
}
