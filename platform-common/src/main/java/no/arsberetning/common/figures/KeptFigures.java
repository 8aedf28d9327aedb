package no.arsberetning.common.figures;

/**
 * Which of a service's figures carry into a year opened from an earlier one as they stand (a target the council set
 * for the plan period), instead of as an empty slot for the new text to state. None unless the service provides one.
 */
@FunctionalInterface
public interface KeptFigures {

    boolean kept(String figureId);
}
