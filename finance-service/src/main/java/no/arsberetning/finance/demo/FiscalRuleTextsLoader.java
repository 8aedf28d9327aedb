package no.arsberetning.finance.demo;

import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.cycle.ChapterSections;
import no.arsberetning.finance.fiscalrules.FiscalRules;

import org.springframework.stereotype.Component;

/**
 * Creates each fiscal rule's explanation text for a demo year (idempotent), for controllers to write; the
 * transcription carries the rules' figures but not the explanations.
 */
@Component
class FiscalRuleTextsLoader implements DemoFileLoader {

    private final TextStore texts;

    FiscalRuleTextsLoader(TextStore texts) {
        this.texts = texts;
    }

    @Override
    public void load(DemoFile file) {
        FiscalRules.explanationTitles().forEach((key, title) -> texts.createIfAbsent(file.year(), key,
                ChapterSections.CHAPTER_TEXT, null, title, "", file.provenance()));
    }
}
