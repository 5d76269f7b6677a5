package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.Medium;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.preview.PreviewService;
import org.pressdesk.template.store.InMemoryTemplateOverrides;
import org.pressdesk.template.store.TemplateOverride;
import org.pressdesk.template.store.TemplateOverrides;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class TemplatesAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TemplatesAutoConfiguration.class));

    @Test
    void providesARendererAPreviewServiceAndInMemoryOverrides() {
        context.run(app -> {
            assertThat(app).hasSingleBean(PostRenderer.class).hasSingleBean(PreviewService.class)
                    .hasSingleBean(TemplateLibrary.class);
            assertThat(app.getBean(TemplateOverrides.class)).isInstanceOf(InMemoryTemplateOverrides.class);
            RenderedContent rendered = app.getBean(PostRenderer.class)
                    .render(Drafts.briefingSummary(ContentLanguage.ZH_HANT), FakeChannel.weibo("weibo", 140));
            assertThat(rendered.content().parts().getFirst()).startsWith("【外交部例行記者會】2011年12月30日");
        });
    }

    @Test
    void datesAreInTheOfficesZoneUnlessTheTemplatesSetTheirOwn() {
        OfficeZone newYork = new OfficeZone(ZoneId.of("America/New_York"));

        // 17:00 UTC on 29 December: 01:00 on the 30th in Beijing and Tokyo, noon on the 29th in New York.
        context.run(app -> assertThat(dateOf(app)).isEqualTo("2011年12月30日"));
        context.withBean(OfficeZone.class, () -> newYork).run(app -> assertThat(dateOf(app)).isEqualTo("2011年12月29日"));
        context.withBean(OfficeZone.class, () -> newYork).withPropertyValues("pressdesk.templates.zone=Asia/Tokyo")
                .run(app -> assertThat(dateOf(app)).isEqualTo("2011年12月30日"));
    }

    private static String dateOf(ApplicationContext app) {
        app.getBean(TemplateLibrary.class).save(TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.ZH_HANT),
                "[(${date})]", null);
        PostDraft draft = new PostDraft(ContentKind.DIPLOMATIC_NEWS, ContentLanguage.ZH_HANT, "外交動態", "正文。", null,
                Instant.parse("2011-12-29T17:00:00Z"), null);
        return app.getBean(PostRenderer.class).render(draft, FakeChannel.unlimited("outbox")).content().parts().getFirst();
    }

    @Test
    void backsOffForTheApplicationsOwnStoreProfilesAndRenderer() {
        TemplateOverrides database = new NoOverrides();
        ChannelProfiles profiles = ChannelProfiles.fromConnectors();
        context.withBean(TemplateOverrides.class, () -> database)
                .withBean(ChannelProfiles.class, () -> profiles)
                .run(app -> {
                    assertThat(app.getBean(TemplateOverrides.class)).isSameAs(database);
                    assertThat(app.getBean(ChannelProfiles.class)).isSameAs(profiles);
                });
        context.withBean(PostRenderer.class, PlainPostRenderer::new).run(app -> {
            assertThat(app.getBean(PostRenderer.class)).isInstanceOf(PlainPostRenderer.class);
            assertThat(app).doesNotHaveBean(PreviewService.class);
        });
    }

    private static final class NoOverrides implements TemplateOverrides {
        @Override
        public Optional<TemplateOverride> find(TemplateKey key) {
            return Optional.empty();
        }

        @Override
        public TemplateOverride save(TemplateKey key, String source, String savedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(TemplateKey key) {
            return false;
        }

        @Override
        public List<TemplateOverride> findAll() {
            return List.of();
        }
    }
}
