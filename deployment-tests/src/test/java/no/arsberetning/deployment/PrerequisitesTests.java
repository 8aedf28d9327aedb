package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's prerequisites are the truth: its table names exactly the programs that {@code ./platform} and the
 * tests call (beyond bash and a base system), and {@code .mvn/preflight}, the first step of {@code ./mvnw verify},
 * stops with one message naming each missing one and how to get it.
 */
class PrerequisitesTests {

    /**
     * Programs that a fresh Debian or Ubuntu system lacks and that a script or test of this repository might call.
     * Whichever of them is called (without a {@code command -v} guard that makes it optional) must be in the table.
     */
    private static final List<String> CANDIDATES = List.of("java", "curl", "wget", "unzip", "chromium", "chromedriver",
            "docker", "docker-compose", "kubectl", "python3", "node", "npm", "jq", "openssl", "git", "wrk", "xmllint",
            "redis-server");
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @TempDir
    Path temp;

    @Test
    void theTableNamesExactlyTheProgramsThatThePlatformScriptAndTheTestsCall() {
        Set<String> called = new TreeSet<>(calledByThePlatformScript());
        called.addAll(namedAsExecutablesInJavaSources());

        assertThat(prerequisites().keySet()).as("README.md, «Prerequisites», against what is called").isEqualTo(called);
    }

    @Test
    void everyProgramInTheTableSaysHowToGetIt() {
        assertThat(prerequisites()).isNotEmpty().allSatisfy((program, how) -> assertThat(how).contains("apt-get install"));
    }

    @Test
    void thePreflightPassesWhenEveryProgramIsThere() throws IOException {
        Path bin = fakePath(prerequisites().keySet());

        Run run = preflight(bin);

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void thePreflightStopsWithOneMessageNamingWhatIsMissingAndHowToGetIt() throws IOException {
        Set<String> present = new TreeSet<>(prerequisites().keySet());
        present.removeAll(List.of("curl", "chromedriver"));
        Path bin = fakePath(present);

        Run run = preflight(bin);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("./mvnw verify stops before building",
                "curl: " + prerequisites().get("curl"), "chromedriver: " + prerequisites().get("chromedriver"),
                "README.md, «Prerequisites»");
        assertThat(run.output()).doesNotContain("java:").doesNotContain("chromium:");
        assertThat(run.output().lines().filter(line -> line.contains("stops before building"))).hasSize(1);
    }

    @Test
    void theBuildRunsThePreflightFirst() {
        String pom = Repository.read("pom.xml");

        assertThat(pom).contains("<id>preflight</id>", "<phase>validate</phase>", "/.mvn/preflight</argument>",
                "<inherited>false</inherited>");
    }

    /** program → how to get it, from the README's table. */
    private static Map<String, String> prerequisites() {
        Map<String, String> programs = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Repository.read("README.md").lines().toList()) {
            if (line.matches("^#+ Prerequisites.*")) {
                inSection = true;
            } else if (inSection && line.startsWith("#")) {
                break;
            } else if (inSection) {
                Matcher row = ROW.matcher(line);
                if (row.matches() && !row.group(1).isBlank() && !row.group(1).contains("---") && !row.group(1).strip().equals("program")) {
                    Matcher code = CODE.matcher(row.group(1));
                    while (code.find()) {
                        programs.put(code.group(1), row.group(3).replace("`", "").strip());
                    }
                }
            }
        }
        return programs;
    }

    /** Candidates called in ./platform outside comments, unless only ever behind {@code command -v}. */
    private static Set<String> calledByThePlatformScript() {
        List<String> lines = Repository.read("platform").lines()
                .map(line -> line.replaceAll("(^|\\s)#.*$", ""))
                .toList();
        Set<String> called = new TreeSet<>();
        for (String candidate : CANDIDATES) {
            Pattern use = Pattern.compile("(^|[\\s;|&($`\"])" + Pattern.quote(candidate) + "(\\s|$)");
            Pattern guard = Pattern.compile("command -v " + Pattern.quote(candidate) + "\\b");
            boolean optional = lines.stream().anyMatch(line -> guard.matcher(line).find());
            if (!optional && lines.stream().anyMatch(line -> use.matcher(line).find())) {
                called.add(candidate);
            }
        }
        return called;
    }

    /**
     * Candidates that Java sources start as programs: named by their path in a string literal
     * ({@code "/usr/bin/chromium"}), or as the program of a {@code ProcessBuilder} ({@code new ProcessBuilder("curl", …)}).
     */
    private static Set<String> namedAsExecutablesInJavaSources() {
        String names = String.join("|", CANDIDATES.stream().map(Pattern::quote).toList());
        Pattern literal = Pattern.compile("\"(?:/[\\w.-]+)+/(" + names + ")\"|ProcessBuilder\\((?:List\\.of\\()?\"(" + names + ")\"");
        try (Stream<Path> files = Files.walk(Repository.root())) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.toString().contains("/target/") && !file.startsWith(Repository.root().resolve(".platform")))
                    .filter(file -> !file.getFileName().toString().equals("PrerequisitesTests.java"))
                    .flatMap(file -> literal.matcher(Repository.read(file)).results()
                            .map(m -> m.group(1) != null ? m.group(1) : m.group(2)))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding only do-nothing programs of these names: the PATH of a machine that has just them. */
    private Path fakePath(Set<String> programs) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String program : programs) {
            Path fake = Files.writeString(bin.resolve(program), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private static Run preflight(Path path) {
        List<String> command = new ArrayList<>(List.of(bash(), Repository.path(".mvn/preflight").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(Repository.root().toFile());
        builder.environment().put("PATH", path.toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bash that runs the tests' own shell (the preflight needs nothing else). */
    private static String bash() {
        return Stream.of("/bin/bash", "/usr/bin/bash").filter(candidate -> Files.isExecutable(Path.of(candidate))).findFirst()
                .orElseThrow(() -> new AssertionError("no bash in /bin or /usr/bin"));
    }

    private record Run(int exitCode, String output) {
    }
}
