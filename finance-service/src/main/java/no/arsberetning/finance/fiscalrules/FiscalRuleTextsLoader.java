package no.arsberetning.finance.fiscalrules;

import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.chapter.ChapterSections;
import no.arsberetning.common.demo.DemoFileLoader;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

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
        for (FiscalRule rule : FiscalRule.ALL) {
            texts.createIfAbsent(file.year(), FiscalRules.explanationKey(rule), ChapterSections.CHAPTER_TEXT, null,
                    "Forklaring – " + rule.name(), "", file.provenance());
        }
    }
}
