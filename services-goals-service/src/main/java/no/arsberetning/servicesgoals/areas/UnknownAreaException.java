package no.arsberetning.servicesgoals.areas;

import java.util.NoSuchElementException;

/** A name that is no service area of the register (404 where the area is the resource). */
public class UnknownAreaException extends NoSuchElementException {

    private final String name;

    public UnknownAreaException(String name) {
        super("Ukjent tjenesteområde «" + name + "». Se GET /api/service-areas/areas.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
