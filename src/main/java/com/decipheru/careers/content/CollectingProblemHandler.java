package com.decipheru.careers.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Turns Jackson's binding failures into located problems and lets binding go on, so one run
 * reports every unknown field and every wrong value of a file. The field is left null.
 */
final class CollectingProblemHandler extends DeserializationProblemHandler {

    private final FileProblems problems;
    private final YamlLocations locations;
    private final Class<?> rootType;
    private final java.util.Set<String> reportedUnknown = new java.util.HashSet<>();

    CollectingProblemHandler(FileProblems problems, YamlLocations locations, Class<?> rootType) {
        this.problems = problems;
        this.locations = locations;
        this.rootType = rootType;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) {
        Class<?> owner = beanOrClass instanceof Class<?> type ? type : beanOrClass == null ? null : beanOrClass.getClass();
        List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
        problems.error(locateUnknown(owner, propertyName),
                "unknown field '" + propertyName + "'" + Suggestions.hint(propertyName, known));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator inst,
            JsonParser p, String msg) {
        problems.error(locations.valueOf(YamlBinder.pointerOf(p)),
                "'" + fieldName(p) + "' must be " + expected(instClass) + ", not " + describe(p.currentToken()));
        p.skipChildren();
        return null;
    }

    /**
     * Jackson may report an unknown field after reading its siblings, so the parser no longer points at
     * it: find the key among those written under a mapping of the owner's type, in document order.
     */
    private Location locateUnknown(Class<?> owner, String name) {
        for (String pointer : locations.keysNamed(name)) {
            boolean ownersField = owner == null
                    || RecordPaths.typeAt(rootType, YamlLocations.parent(pointer)).filter(owner::equals).isPresent();
            if (ownersField && reportedUnknown.add(pointer)) {
                return locations.keyOf(pointer);
            }
        }
        return locations.blockStart();
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
        JsonParser p = ctxt.getParser();
        problems.error(locations.valueOf(YamlBinder.pointerOf(p)),
                "'" + value + "' is not " + expected(targetType) + " for '" + fieldName(p) + "'");
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
        JsonParser p = ctxt.getParser();
        problems.error(locations.valueOf(YamlBinder.pointerOf(p)),
                value + " is not " + expected(targetType) + " for '" + fieldName(p) + "'");
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) {
        problems.error(locations.valueOf(YamlBinder.pointerOf(p)),
                "'" + fieldName(p) + "' must be " + expected(targetType.getRawClass()) + ", not " + describe(t));
        p.skipChildren();
        return null;
    }

    private static String fieldName(JsonParser p) {
        var context = p.streamReadContext();
        if (p.currentToken() != null && p.currentToken().isStructStart() && context.getParent() != null) {
            context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        return pointer.isEmpty() ? "front matter" : pointer.substring(1).replace('/', '.');
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a valid date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord()) {
            return "a mapping of fields";
        }
        return "a " + type.getSimpleName();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "empty";
            default -> token.name().toLowerCase();
        };
    }

}
