package no.arsberetning.deployment.support;

/** How a command ended. */
public record ProcessResult(String command, int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    public String describe() {
        return command + " exited with " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
}
