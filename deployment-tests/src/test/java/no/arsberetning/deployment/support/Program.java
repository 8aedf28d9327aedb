package no.arsberetning.deployment.support;

import java.util.Arrays;
import java.util.List;

/** The seven Spring programs of the platform: Maven module, default port, role, whether it loads demo data. */
public enum Program {

    CONFIG_SERVER("config-server", 8888, Role.CONFIG, false),
    FINANCE_SERVICE("finance-service", 8081, Role.SERVICE, true),
    HR_SERVICE("hr-service", 8082, Role.SERVICE, true),
    CLIMATE_SERVICE("climate-service", 8083, Role.SERVICE, true),
    SERVICES_GOALS_SERVICE("services-goals-service", 8084, Role.SERVICE, true),
    /** National statistics (KOSTRA): no report data, so no demo data. */
    KEY_FIGURES_SERVICE("key-figures-service", 8085, Role.SERVICE, false),
    GATEWAY("gateway", 8080, Role.GATEWAY, false);

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
    private final boolean demoData;

    Program(String module, int port, Role role, boolean demoData) {
        this.module = module;
        this.port = port;
        this.role = role;
        this.demoData = demoData;
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

    /** Whether the program loads the demo dataset (DEMO_DATA). */
    public boolean loadsDemoData() {
        return demoData;
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
