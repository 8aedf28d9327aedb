package no.arsberetning.finance.fiscalrules;

import no.arsberetning.common.StartupOrder;
import no.arsberetning.common.texts.TextStore;
import no.arsberetning.finance.chapter.ChapterSections;
import no.arsberetning.common.demo.DemoFiles;
import no.arsberetning.common.demo.DemoFiles.DemoFile;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates each fiscal rule's explanation text for a demo year (idempotent), for controllers to write; the
 * transcription carries the rules' figures but not the explanations.
 */
@Component
class FiscalRuleTextsLoader implements ApplicationRunner, Ordered {

    private final DemoFiles demo;
    private final TextStore texts;

    FiscalRuleTextsLoader(DemoFiles demo, TextStore texts) {
        this.demo = demo;
        this.texts = texts;
    }

    @Override
    public int getOrder() {
        return StartupOrder.DOMAIN;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoFile file : demo.read()) {
            for (FiscalRule rule : FiscalRule.ALL) {
                texts.createIfAbsent(file.year(), FiscalRules.explanationKey(rule), ChapterSections.CHAPTER_TEXT, null,
                        "Forklaring – " + rule.name(), "", file.provenance());
            }
        }
    }
}
