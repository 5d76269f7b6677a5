package org.pressdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The staff pages' language: zh-Hans unless the person picks another with {@code ?lang=} (kept in a
 * cookie) or their browser asks for one of the three the bundles ({@code web/messages*.properties}) carry.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(
            Locale.forLanguageTag("zh-Hans"), Locale.forLanguageTag("zh-Hant"), Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("pressdesk-lang");
        resolver.setDefaultLocale(LANGUAGES.getFirst());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> PageLanguage.closest(request.getLocales()));
        return resolver;
    }

    /** Not on the report pages themselves ({@code /reports/channels}, …), whose {@code lang} names the report's language. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/reports/*/**");
    }
}
