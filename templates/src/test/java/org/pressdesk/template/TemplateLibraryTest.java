package org.pressdesk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.Medium;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.template.store.DefaultTemplates;
import org.pressdesk.template.store.InMemoryTemplateOverrides;
import org.pressdesk.template.store.TemplateOverride;

class TemplateLibraryTest {

    private static final TemplateKey WEIBO_ANSWER =
            TemplateKey.of(Medium.MICROBLOG, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT);
    private static final TemplateKey WEB_ANSWER =
            TemplateKey.of(Medium.WEB, ContentKind.SPOKESPERSON_ANSWER, ContentLanguage.ZH_HANT);

    private final InMemoryTemplateOverrides overrides =
            new InMemoryTemplateOverrides(Clock.fixed(Instant.parse("2011-12-30T07:00:00Z"), ZoneOffset.UTC));
    private final TemplateLibrary library = new TemplateLibrary(new DefaultTemplates(), overrides);

    @Test
    void shipsDefaultsForEveryMediumAndLanguage() {
        for (Medium medium : Medium.values()) {
            for (ContentLanguage language : ContentLanguage.values()) {
                TemplateKey key = TemplateKey.defaultFor(medium, language);
                assertThat(library.exactly(key)).as(key.id()).isPresent();
                library.check(key, library.defaultSource(key).orElseThrow());
            }
        }
    }

    @Test
    void everyShippedTemplatePassesItsOwnCheck() {
        assertThat(library.list()).hasSizeGreaterThanOrEqualTo(33);
        for (TemplateLibrary.Entry entry : library.list()) {
            library.check(entry.key(), library.defaultSource(entry.key()).orElseThrow());
        }
    }

    @Test
    void printAndWebTemplatesShareOneLayoutInsteadOfRepeatingTheirHeadAndFooter() {
        for (TemplateLibrary.Entry entry : library.list()) {
            String source = library.defaultSource(entry.key()).orElseThrow();
            switch (entry.key().medium()) {
                case PRINT -> assertThat(source).as(entry.key().id())
                        .doesNotContain("<style", "<meta").contains("<head th:replace=\"~{layout :: print-head}\">");
                case WEB -> assertThat(source).as(entry.key().id())
                        .doesNotContain("th:href").contains("<footer th:replace=\"~{layout :: full-text(");
                default -> assertThat(source).as(entry.key().id()).doesNotContain("~{layout");
            }
        }
    }

    @Test
    void anOverrideMayUseTheSharedLayoutButNoOtherTemplate() {
        TemplateKey print = TemplateKey.defaultFor(Medium.PRINT, ContentLanguage.EN);
        library.save(print, "<!DOCTYPE html>\n<html lang=\"en\">\n<head th:replace=\"~{layout :: print-head}\"></head>\n"
                + "<body><h1 th:text=\"${title}\">Title</h1></body>\n</html>", "editor");

        InvalidTemplateException other = catchThrowableOfType(InvalidTemplateException.class, () -> library.check(print,
                "<html><head th:replace=\"~{web/default/en :: article}\"></head></html>"));

        assertThat(library.resolve(print).source()).contains("layout :: print-head");
        assertThat(other.reason()).contains("web/default/en");
    }

    @Test
    void usesTheKindsOwnTemplateWhenOneIsShipped() {
        ResolvedTemplate template = library.resolve(WEIBO_ANSWER);

        assertThat(template.ref()).isEqualTo(new TemplateRef(WEIBO_ANSWER, TemplateRef.Origin.DEFAULT, 0));
        assertThat(template.source()).startsWith("【外交部發言人答記者問】");
    }

    @Test
    void fallsBackToTheMediumDefaultForKindsWithoutTheirOwn() {
        TemplateKey treaty = TemplateKey.of(Medium.MICROBLOG, ContentKind.TREATY_DOCUMENT, ContentLanguage.EN);

        assertThat(library.resolve(treaty).key()).isEqualTo(TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.EN));
    }

    @Test
    void anOverrideWinsOverTheShippedDefault() {
        library.save(WEIBO_ANSWER, "【發言人】[(${answer})]", "editor");

        ResolvedTemplate template = library.resolve(WEIBO_ANSWER);
        assertThat(template.ref()).isEqualTo(new TemplateRef(WEIBO_ANSWER, TemplateRef.Origin.OVERRIDE, 1));
        assertThat(template.source()).isEqualTo("【發言人】[(${answer})]");
    }

    @Test
    void anOverrideOfTheMediumDefaultServesEveryKindWithoutItsOwn() {
        TemplateKey webDefault = TemplateKey.defaultFor(Medium.WEB, ContentLanguage.ZH_HANT);
        library.save(webDefault, "<article th:text=\"${title}\">標題</article>", null);

        assertThat(library.resolve(TemplateKey.of(Medium.WEB, ContentKind.MISSION_RELEASE, ContentLanguage.ZH_HANT)).ref())
                .isEqualTo(new TemplateRef(webDefault, TemplateRef.Origin.OVERRIDE, 1));
        assertThat(library.resolve(WEB_ANSWER).ref().origin()).isEqualTo(TemplateRef.Origin.DEFAULT);
    }

    @Test
    void anOfficeMayAddATemplateForAKindThatShipsNone() {
        TemplateKey statement = TemplateKey.of(Medium.MICROBLOG, ContentKind.STATEMENT, ContentLanguage.ZH_HANS);
        library.save(statement, "【外交部声明】[(${body})]", null);

        assertThat(library.resolve(statement).ref().key()).isEqualTo(statement);
        assertThat(library.list()).filteredOn(entry -> entry.key().equals(statement)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.shipped()).isFalse();
                    assertThat(entry.override()).map(TemplateOverride::version).contains(1L);
                });
    }

    @Test
    void revertBringsTheShippedDefaultBack() {
        library.save(WEIBO_ANSWER, "[(${answer})]", null);

        assertThat(library.revert(WEIBO_ANSWER)).isTrue();
        assertThat(library.resolve(WEIBO_ANSWER).ref().origin()).isEqualTo(TemplateRef.Origin.DEFAULT);
        assertThat(library.revert(WEIBO_ANSWER)).isFalse();
    }

    @Test
    void refusesAnExpressionThatDoesNotParseWithItsLineAndColumn() {
        String source = "【外交部發言人答記者問】\n問：[(${question})]\n答：[(${answer)]\n";

        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(WEIBO_ANSWER, source, "editor"));

        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo(5);
        assertThat(refused.reason()).contains("Could not parse as expression: \"${answer\"");
        assertThat(refused.getMessage()).startsWith("microblog/spokesperson-answer/zh-Hant, line 3, column 5: ");
        assertThat(overrides.find(WEIBO_ANSWER)).isEmpty();
    }

    @Test
    void refusesAnElementThatIsNeverClosedPointingAtItsOpening() {
        String source = "【外交部發言人答記者問】\n[# th:if=\"${link}\"]詳情：[(${link})]\n[(${answer})]";

        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(WEIBO_ANSWER, source, null));

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo(1);
        assertThat(refused.reason()).isEqualTo("[# th:if=\"${link}\"] is never closed with [/]");
    }

    @Test
    void refusesAClosingElementThatWasNeverOpened() {
        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.check(WEIBO_ANSWER, "[(${answer})]\n\n  [/]"));

        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo(3);
        assertThat(refused.reason()).contains("never opened");
    }

    @Test
    void refusesATemplateThatFailsOnAPostWithoutAQuestion() {
        // Parses, and works on a full post, but a post without 問/答 has no question to call length() on.
        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.check(WEIBO_ANSWER, "問（[(${question.length()})]字）：[(${question})]"));

        assertThat(refused.line()).isEqualTo(1);
        assertThat(refused.reason()).contains("question.length()");
    }

    @Test
    void refusesAnHtmlTemplateWhoseAttributeExpressionDoesNotParse() {
        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.check(WEB_ANSWER, "<article>\n  <h1 th:text=\"${title.\">標題</h1>\n</article>"));

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.reason()).contains("Could not parse as expression");
    }

    @Test
    void refusesAnInlinedExpressionThatIsNeverClosed() {
        // Thymeleaf would print it as it is: the markup would be published.
        String source = "【外交部發言人答記者問】\n問：[(${question})]\n答：[(${answer}]\n";

        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(WEIBO_ANSWER, source, "editor"));

        assertThat(refused.line()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo(3);
        assertThat(refused.reason()).isEqualTo("[(${answer}] is never closed with )]");
        assertThat(overrides.find(WEIBO_ANSWER)).isEmpty();
        assertThat(catchThrowableOfType(InvalidTemplateException.class,
                () -> library.check(WEB_ANSWER, "<article>\n  <h1>[[${title}</h1>\n  <p>[[${body}]]</p>\n</article>")))
                .satisfies(html -> {
                    assertThat(html.line()).isEqualTo(2);
                    assertThat(html.reason()).isEqualTo("[[${title}</h1> is never closed with ]]");
                });
    }

    @Test
    void refusesUnescapedOutputWhereTheMediumIsHtml() {
        TemplateKey print = TemplateKey.defaultFor(Medium.PRINT, ContentLanguage.EN);

        InvalidTemplateException utext = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(WEB_ANSWER, "<article>\n  <div th:utext=\"${answer}\">答</div>\n</article>", "editor"));
        InvalidTemplateException inlined = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(print, "<html><body>\n<p>[(${body})]</p>\n</body></html>", "editor"));

        assertThat(utext.line()).isEqualTo(2);
        assertThat(utext.column()).isEqualTo(8);
        assertThat(utext.reason()).startsWith("th:utext writes its value unescaped");
        assertThat(inlined.line()).isEqualTo(2);
        assertThat(inlined.reason()).startsWith("[(…)] writes its value unescaped");
        assertThat(overrides.findAll()).isEmpty();
        // Plain text has nothing to escape: a microblog template prints with [(…)].
        library.check(WEIBO_ANSWER, "[(${answer})]");
    }

    @Test
    void aMediumDefaultIsTriedOnPostsOfEveryKind() {
        // The medium default renders every kind without its own template: here it breaks only on answers.
        String source = "[# th:if=\"${post.kind == 'spokesperson-answer'}\"]（[(${question.length()})]字）[/][(${body})]";

        InvalidTemplateException refused = catchThrowableOfType(InvalidTemplateException.class,
                () -> library.save(TemplateKey.defaultFor(Medium.MICROBLOG, ContentLanguage.ZH_HANT), source, null));

        assertThat(refused.reason()).contains("question.length()");
    }

    @Test
    void refusesAnEmptyTemplate() {
        assertThatThrownBy(() -> library.save(WEIBO_ANSWER, "  \n", null))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesExpressionsThatReachOutsideTheTemplate() {
        assertThatThrownBy(() -> library.check(WEIBO_ANSWER, "[(${T(java.lang.Runtime).getRuntime().exec('id')})]"))
                .isInstanceOf(InvalidTemplateException.class);
    }
}
