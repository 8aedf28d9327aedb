package no.arsberetning.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.arsberetning.common.imports.TabularFiles;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The browser refuses a file before sending it by the same limit the services read files with. */
class UploadLimitTest {

    @Test
    void theBrowsersSizeLimitIsTheServicesLimit() throws IOException {
        String script = new ClassPathResource("static/js/upload.js").getContentAsString(StandardCharsets.UTF_8);
        Matcher limit = Pattern.compile("export const MAX_MEGABYTES = (\\d+);").matcher(script);

        assertThat(limit.find()).as("upload.js declares MAX_MEGABYTES").isTrue();
        assertThat(Integer.parseInt(limit.group(1))).isEqualTo(TabularFiles.MAX_MEGABYTES);
    }
}
