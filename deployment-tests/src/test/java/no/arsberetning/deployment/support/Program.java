package no.arsberetning.deployment.support;

import java.util.Arrays;
import java.util.List;

/** The six Spring programs of the platform: Maven module, default port, role. */
public enum Program {

    CONFIG_SERVER("config-server", 8888, Role.CONFIG),
    FINANCE_SERVICE("finance-service", 8081, Role.SERVICE),
    HR_SERVICE("hr-service", 8082, Role.SERVICE),
    CLIMATE_SERVICE("climate-service", 8083, Role.SERVICE),
    SERVICES_GOALS_SERVICE("services-goals-service", 8084, Role.SERVICE),
    GATEWAY("gateway", 8080, Role.GATEWAY);

    /** What a program does; the Kubernetes label app.kubernetes.io/component has the same value. */
    public enum Role {
        CONFIG, SERVICE, GATEWAY;

        public String label() {
            return name().toLowerCase();
        }
    }

    private final String module;
    private final int port;
    private final Role role;

    Program(String module, int port, Role role) {
        this.module = module;
        this.port = port;
        this.role = role;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public Role role() {
        return role;
    }

    public boolean isService() {
        return role == Role.SERVICE;
    }

    public static List<Program> services() {
        return Arrays.stream(values()).filter(Program::isService).toList();
    }

    public static List<String> modules() {
        return Arrays.stream(values()).map(Program::module).toList();
    }

    public static Program ofModule(String module) {
        return Arrays.stream(values()).filter(p -> p.module.equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a program: " + module));
    }

    @Override
    public String toString() {
        return module;
    }
}
