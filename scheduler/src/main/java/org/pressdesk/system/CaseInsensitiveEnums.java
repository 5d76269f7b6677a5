package org.pressdesk.system;

import java.util.Arrays;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request parameters and path variables name enum constants ignoring case, as people type them:
 * {@code state=published} is {@code PUBLISHED}. A name that matches no constant still fails, and
 * the API answers 400 naming the parameter.
 */
@Component
class CaseInsensitiveEnums implements WebMvcConfigurer, ConverterFactory<String, Enum<?>> {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(this);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        Class<?> type = targetType.isEnum() ? targetType : targetType.getSuperclass();
        return text -> {
            String name = text.strip();
            if (name.isEmpty()) {
                return null;
            }
            return (T) Arrays.stream(type.getEnumConstants()).map(constant -> (Enum) constant)
                    .filter(constant -> constant.name().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " named " + text));
        };
    }
}
