package com.decipheru.careers.content;

import java.util.function.LongFunction;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Whole numbers and booleans exactly as written: {@code 15.5} is not a score and {@code 1} is not
 * {@code true}. Mismatches go to the problem handler, so they are reported and binding goes on.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        return new SimpleModule("strict-scalars")
                .addDeserializer(Integer.class, new WholeNumber<>(Integer.class, v -> (int) v, Integer.MIN_VALUE, Integer.MAX_VALUE))
                .addDeserializer(Long.class, new WholeNumber<>(Long.class, v -> v, Long.MIN_VALUE, Long.MAX_VALUE))
                .addDeserializer(Boolean.class, new StrictBoolean());
    }

    private static final class WholeNumber<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final LongFunction<T> convert;
        private final long min;
        private final long max;

        WholeNumber(Class<T> type, LongFunction<T> convert, long min, long max) {
            this.type = type;
            this.convert = convert;
            this.min = min;
            this.max = max;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                long value = p.getLongValue();
                if (value >= min && value <= max) {
                    return convert.apply(value);
                }
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return (T) ctxt.handleWeirdNumberValue(type, p.getNumberValue(), "not a whole number in range");
            }
            if (token == JsonToken.VALUE_STRING) {
                return (T) ctxt.handleWeirdStringValue(type, p.getString(), "not a number");
            }
            return (T) ctxt.handleUnexpectedToken(type, p);
        }
    }

    private static final class StrictBoolean extends ValueDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
            return switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        (Boolean) ctxt.handleWeirdNumberValue(Boolean.class, p.getNumberValue(), "not true or false");
                case VALUE_STRING -> (Boolean) ctxt.handleWeirdStringValue(Boolean.class, p.getString(), "not true or false");
                default -> (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
            };
        }
    }
}
