package com.decipheru.careers.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Java type a JSON pointer leads to inside a front matter record ({@code /faq/0} is a {@code Faq}). */
final class RecordPaths {

    private RecordPaths() {
    }

    static Optional<Class<?>> typeAt(Class<?> root, String pointer) {
        Type type = root;
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Class<?> raw = raw(type);
            if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
                type = list.getActualTypeArguments()[0];
            } else if (raw.isRecord()) {
                Optional<Type> component = Arrays.stream(raw.getRecordComponents())
                        .filter(c -> yamlName(c.getName()).equals(segment))
                        .map(RecordComponent::getGenericType)
                        .findFirst();
                if (component.isEmpty()) {
                    return Optional.empty();
                }
                type = component.get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(raw(type));
    }

    /** {@code medianUsd} is written {@code median_usd}. */
    static String yamlName(String javaName) {
        return javaName.replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }
}
