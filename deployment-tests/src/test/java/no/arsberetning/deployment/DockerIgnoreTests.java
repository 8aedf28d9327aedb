package no.arsberetning.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import no.arsberetning.deployment.support.Repository;

import org.junit.jupiter.api.Test;

/** .dockerignore: what the image build may and may not see of the repository. */
class DockerIgnoreTests {

    private final List<String> patterns = Repository.read(".dockerignore").lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

    @Test
    void keepsSecretsBuildOutputAndLocalStateOut() {
        assertThat(ignored(".env")).isTrue();
        assertThat(ignored(".env.local")).isTrue();
        assertThat(ignored(".git/config")).isTrue();
        assertThat(ignored(".platform/credentials")).isTrue();
        assertThat(ignored("gateway/target/gateway-0.1.0-SNAPSHOT.jar")).isTrue();
        assertThat(ignored("platform-common/target/classes/x.class")).isTrue();
    }

    @Test
    void keepsWhatTheMavenBuildNeeds() {
        assertThat(ignored("mvnw")).isFalse();
        assertThat(ignored(".mvn/wrapper/maven-wrapper.properties")).isFalse();
        assertThat(ignored("pom.xml")).isFalse();
        for (String module : Repository.modules()) {
            assertThat(ignored(module + "/pom.xml")).as("%s/pom.xml (the reactor reads every module)", module).isFalse();
        }
        assertThat(ignored("gateway/src/main/java/App.java")).isFalse();
        assertThat(ignored("platform-common/src/main/resources/config/arsberetning-defaults.yml")).isFalse();
    }

    /** Docker's rule: the last matching pattern decides; a pattern also matches everything below a match. */
    private boolean ignored(String path) {
        boolean ignored = false;
        for (String pattern : patterns) {
            boolean exception = pattern.startsWith("!");
            String glob = exception ? pattern.substring(1) : pattern;
            if (matches(glob, path)) {
                ignored = !exception;
            }
        }
        return ignored;
    }

    private static boolean matches(String glob, String path) {
        String trimmed = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
        Pattern pattern = Pattern.compile(toRegex(trimmed));
        String candidate = path;
        while (true) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(.*/)?");
                i += 2;
            }
            else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            }
            else if (c == '*') {
                regex.append("[^/]*");
            }
            else if (c == '?') {
                regex.append("[^/]");
            }
            else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
