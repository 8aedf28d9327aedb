package no.arsberetning.common.tables;

import no.arsberetning.common.security.AreaAccess;
import no.arsberetning.common.security.KeycloakAuthorities;
import no.arsberetning.common.security.Roles;
import no.arsberetning.common.texts.ReportText;

import org.springframework.security.core.Authentication;

/**
 * Who may change what (brief § 2), asked by every write of a cell or a text, file imports included. The
 * default: controllers change every cell, and a text belongs to its area (reporters of that area and
 * controllers) or, without an area, to controllers. A service narrows or widens it by providing its own.
 */
public interface WritePolicy {

    default boolean mayWriteCell(Authentication who, ReportedTable table, TableRow row, TableColumn column) {
        return isController(who);
    }

    default boolean mayWriteText(Authentication who, ReportText text) {
        return text.area() != null ? AreaAccess.mayWrite(who, text.area()) : isController(who);
    }

    static boolean isController(Authentication who) {
        return who != null && who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(KeycloakAuthorities.ROLE_PREFIX + Roles.CONTROLLER));
    }
}
