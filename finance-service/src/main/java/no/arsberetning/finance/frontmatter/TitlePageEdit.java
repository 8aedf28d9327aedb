package no.arsberetning.finance.frontmatter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a controller may change on the title page (the whole page at once, with If-Match). */
record TitlePageEdit(
        @NotBlank(message = "Oppgi kommunens navn.") @Size(max = 200, message = "Navnet kan være på høyst 200 tegn.") String municipality,
        @Size(max = 200, message = "Navnet kan være på høyst 200 tegn.") String municipalityAlt,
        @Pattern(regexp = "^$|^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "Oppgi en språkkode som «sma» eller «se».") String municipalityAltLang,
        @NotBlank(message = "Oppgi tittelen.") @Size(max = 200, message = "Tittelen kan være på høyst 200 tegn.") String title,
        @Size(max = 200, message = "Utgiver kan være på høyst 200 tegn.") String issuedBy,
        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "Oppgi datoen som åååå-mm-dd.") String date,
        @Size(max = 200, message = "Utgaven kan være på høyst 200 tegn.") String versionLabel) {
}
