package org.pressdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.connector.Connector;
import org.pressdesk.connector.LengthCounting;
import org.pressdesk.connector.Violation;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample channels of application-samples.yml count as the platforms they are named after. */
class SampleChannelsTest extends ApiTestSupport {

    @Autowired
    ChannelRegistry channels;

    private static ChannelContent part(String text) {
        return new ChannelContent(ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT, "答記者問", List.of(text),
                null, Instant.parse("2026-03-02T07:00:00Z"), null);
    }

    @Test
    void xSampleRefusesA274HanCharacterPartBecauseXCountsIt548() {
        Connector xSample = channels.require("x-sample");

        assertThat(xSample.length("漢".repeat(274))).isEqualTo(548);
        assertThat(xSample.validate(part("漢".repeat(274)))).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(Violation.TOO_LONG);
            assertThat(violation.message()).contains("548").contains("280");
        });
        assertThat(xSample.validate(part("漢".repeat(140)))).isEmpty();
        assertThat(xSample.validate(part("漢".repeat(141)))).extracting(Violation::code).containsExactly(Violation.TOO_LONG);
        assertThat(xSample.capabilities().lengthCounting()).isEqualTo(LengthCounting.TWITTER_WEIGHTED);
    }
}
