package no.arsberetning.common.restatements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A controller's acceptance of one restatement: the place, the released value and the value accepted in its place,
 * and the recorded reason. It holds only while the year states exactly the accepted value against exactly that
 * released value; any other difference at the place is a new finding.
 */
@Document(RestatementAcceptance.COLLECTION)
@CompoundIndex(name = "year_place", def = "{'year': 1, 'place': 1}")
record RestatementAcceptance(@Id String id, int year, String place, Integer release, String releasedText,
        BigDecimal releasedValue, String acceptedText, BigDecimal acceptedValue, String reason, String acceptedBy,
        Instant acceptedAt, @Version Long version) {

    static final String COLLECTION = "restatement_acceptances";

    static String idOf(int year, String place) {
        return year + ":" + place;
    }

    boolean covers(Restatement r) {
        return Objects.equals(release, r.release())
                && Values.same(new Restatement.Value(releasedText, releasedValue), r.released())
                && Values.same(new Restatement.Value(acceptedText, acceptedValue), r.current());
    }
}
