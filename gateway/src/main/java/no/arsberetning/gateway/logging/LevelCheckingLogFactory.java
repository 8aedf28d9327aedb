package no.arsberetning.gateway.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;

/**
 * commons-logging's SLF4J bridge, with each level checked before a message is turned into text. Spring and
 * Spring Security log through commons-logging with lazy messages ({@code LogMessage.format(...)}) that only
 * cost something when logged; commons-logging 1.3's bridge renders them before SLF4J looks at the level
 * (spring-framework#37266), which was a measurable share of the gateway's CPU per routed request with DEBUG
 * off (bench/README.md). Chosen by commons-logging through {@code META-INF/services}.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final LogFactory slf4j = new Slf4jLogFactory();
    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new LevelCheckingLog(slf4j.getInstance(n)));
    }

    @Override
    public Object getAttribute(String name) {
        return slf4j.getAttribute(name);
    }

    @Override
    public String[] getAttributeNames() {
        return slf4j.getAttributeNames();
    }

    @Override
    public void removeAttribute(String name) {
        slf4j.removeAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        slf4j.setAttribute(name, value);
    }

    @Override
    public void release() {
        logs.clear();
        slf4j.release();
    }
}
