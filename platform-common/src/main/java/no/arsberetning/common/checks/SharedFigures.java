package no.arsberetning.common.checks;

import java.util.List;

/**
 * The figures a service declares for other services to compare against ({@code GET <prefix>/{year}/checks/figures}):
 * each under a shared id; which ids are compared, and which side is authoritative, is the gateway's data.
 */
public interface SharedFigures {

    List<SharedFigure> shared(ChapterData data);
}
