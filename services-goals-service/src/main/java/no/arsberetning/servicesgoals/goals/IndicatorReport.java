package no.arsberetning.servicesgoals.goals;

import jakarta.validation.constraints.Size;

/**
 * What a reporter reports for an indicator; every field is optional, at least one is needed.
 *
 * @param area the service area reported for (code, name or alias); needed when the goal has several of
 *             the reporter's areas. A reporter may only name an area of the token.
 * @param result the result as it is to be printed
 * @param resultValue the number the result states, in the ambition's terms (the change for a change
 *                    ambition), printed Norwegian style («22,5»); read from {@code result} when not given
 * @param status the status: {@code reached}, {@code largely-reached}, {@code partly-reached},
 *               {@code not-reached}, {@code not-measurable}, {@code not-assessed}
 * @param statusWording the reporter's own wording («Målet er delvis nådd»); gives the status when
 *                      {@code status} is not given
 */
record IndicatorReport(
        @Size(max = 200, message = "Området kan være på høyst 200 tegn.") String area,
        @Size(max = 4000, message = "Resultatet kan være på høyst 4 000 tegn.") String result,
        @Size(max = 40, message = "Tallet kan være på høyst 40 tegn.") String resultValue,
        @Size(max = 40, message = "Statusen kan være på høyst 40 tegn.") String status,
        @Size(max = 400, message = "Formuleringen kan være på høyst 400 tegn.") String statusWording,
        @Size(max = 4000, message = "Kommentaren kan være på høyst 4 000 tegn.") String comment) {

    boolean isEmpty() {
        return result == null && resultValue == null && status == null && statusWording == null && comment == null;
    }
}
