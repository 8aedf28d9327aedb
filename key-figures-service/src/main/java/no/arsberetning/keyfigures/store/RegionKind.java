package no.arsberetning.keyfigures.store;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a region code of Statistics Norway's KOSTRA tables stands for. Municipalities have four digits
 * ({@code 0301}, {@code 5001}), counties two; aggregates start with E: the country ({@code EAK}, {@code EAKUO}
 * «landet uten Oslo»), KOSTRA groups and the municipalities of a county. Codes of aggregates have changed over
 * the years, so the label (which the file gives) decides where the code alone does not.
 */
public enum RegionKind {
    @JsonProperty("municipality") MUNICIPALITY,
    @JsonProperty("county") COUNTY,
    @JsonProperty("kostra-group") KOSTRA_GROUP,
    @JsonProperty("national") NATIONAL,
    @JsonProperty("aggregate") AGGREGATE;

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");
    private static final Pattern KOSTRA_GROUP_LABEL = Pattern.compile("kostra[- ]?gruppe|kommunegruppe");

    public static RegionKind of(String code, String label) {
        String text = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (MUNICIPALITY_CODE.matcher(code).matches()) {
            return MUNICIPALITY;
        }
        if (COUNTY_CODE.matcher(code).matches()) {
            return COUNTY;
        }
        if (KOSTRA_GROUP_LABEL.matcher(text).find() || code.startsWith("EKG")) {
            return KOSTRA_GROUP;
        }
        if (code.startsWith("EAK") || text.startsWith("landet") || text.startsWith("hele landet")) {
            return NATIONAL;
        }
        return AGGREGATE;
    }
}
