package no.arsberetning.common.changes;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import no.arsberetning.common.Sha256;

import org.springframework.boot.info.BuildProperties;

/**
 * What identifies a program's code in its {@code ETag}s: the build that made its jar (Spring Boot's
 * {@code META-INF/build-info.properties}: artifact, version and build time), so every replica started from
 * one jar or image agrees and every new build differs. A program without build information (run from an
 * IDE) takes a random value per start: it then agrees with nobody, which is always safe.
 */
public final class ProgramBuild {

    private ProgramBuild() {
    }

    public static String of(BuildProperties build) {
        if (build == null || build.getTime() == null) {
            return digest(UUID.randomUUID().toString());
        }
        return digest(build.getGroup() + ":" + build.getArtifact() + ":" + build.getVersion() + "@" + build.getTime());
    }

    private static String digest(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
