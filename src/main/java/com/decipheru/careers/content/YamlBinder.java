package com.decipheru.careers.content;

import java.util.Optional;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.util.TokenBuffer;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Binds a YAML block to a record with Jackson, rejecting unknown fields and duplicate keys, and
 * reporting every problem at its line and column in the file rather than stopping at the first.
 */
final class YamlBinder {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(StrictScalars.module())
            .build();

    record Bound<T>(T value, YamlLocations locations) {
    }

    /**
     * Parses the YAML once: a streaming pass reports syntax errors and records where every key and value
     * is, keeping the tokens; binding then reads the kept tokens.
     *
     * @param firstLine the file line on which the YAML block starts
     * @return the bound value (fields that failed to bind are null), or empty if the YAML is unreadable
     */
    <T> Optional<Bound<T>> bind(String yaml, int firstLine, Class<T> type, FileProblems problems) {
        YamlLocations locations = new YamlLocations(new Location(Math.max(1, firstLine - 1), 1));
        TokenBuffer tokens = new TokenBuffer(false);
        if (!scan(yaml, firstLine, problems, locations, tokens)) {
            return Optional.empty();
        }
        try (JsonParser buffered = tokens.asParser()) {
            T value = mapper.readerFor(type)
                    .withHandler(new CollectingProblemHandler(problems, locations, type))
                    .readValue(buffered);
            return Optional.ofNullable(value).map(v -> new Bound<>(v, locations));
        } catch (JacksonException e) {
            problems.error(locations.blockStart(), firstLine(e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** The streaming pass: syntax errors, duplicate keys, anchors, and the location of every key and value. */
    private boolean scan(String yaml, int firstLine, FileProblems problems, YamlLocations locations, TokenBuffer tokens) {
        try (JsonParser parser = mapper.createParser(yaml)) {
            JsonToken token;
            boolean first = true;
            while ((token = parser.nextToken()) != null) {
                if (first && token != JsonToken.START_OBJECT) {
                    problems.error(at(parser.currentTokenLocation(), firstLine),
                            "front matter must be a mapping of 'field: value' lines");
                    return false;
                }
                first = false;
                Location at = at(parser.currentTokenLocation(), firstLine);
                if (usesAnchorOrAlias(parser)) {
                    problems.error(at, "YAML anchors and aliases (&name, *name) are not supported; write the value out in full");
                    return false;
                }
                if (token == JsonToken.PROPERTY_NAME) {
                    locations.key(parser.streamReadContext().pathAsPointer().toString(), at);
                } else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = pointerOf(parser);
                    locations.value(pointer, at);
                    if (token == JsonToken.VALUE_NULL) {
                        locations.nullValue(pointer);
                    }
                }
                tokens.copyCurrentEvent(parser);
            }
            return true;
        } catch (JacksonException e) {
            Location at = at(e.getLocation(), firstLine);
            String message = firstLine(e.getOriginalMessage());
            if (message.startsWith("Duplicate Object property")) {
                String name = message.replaceAll(".*\"(.*)\".*", "$1");
                problems.error(columnOfKey(yaml, at.line() - firstLine, name).map(col -> new Location(at.line(), col)).orElse(at),
                        "duplicate key '" + name + "'; each field may appear once");
            } else if (e.getCause() instanceof MarkedYamlEngineException marked) {
                problems.error(marked.getProblemMark().map(mark -> new Location(mark.getLine() + firstLine, mark.getColumn() + 1))
                        .orElse(at), describe(marked, firstLine));
            } else {
                problems.error(at, "invalid YAML: " + message);
            }
            return false;
        }
    }

    /** The JSON pointer of the value at the parser's current token; a mapping or list is named by its field. */
    static String pointerOf(JsonParser parser) {
        var context = parser.streamReadContext();
        if (parser.currentToken() != null && parser.currentToken().isStructStart() && context.getParent() != null) {
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }

    /** "invalid YAML: expected ',' or ']', but got : (in the list that starts at line 3, column 12)", with a hint. */
    private static String describe(MarkedYamlEngineException yaml, int firstLine) {
        String message = "invalid YAML: " + yaml.getProblem().strip();
        if (yaml.getContext() != null && yaml.getContextMark().isPresent()) {
            var mark = yaml.getContextMark().get();
            message += " (" + yaml.getContext().strip() + " that starts at line " + (mark.getLine() + firstLine)
                    + ", column " + (mark.getColumn() + 1) + ")";
        }
        if (yaml.getProblem().contains("mapping values are not allowed")) {
            message += "; put text that contains ': ' in quotes";
        }
        return message;
    }

    /** Jackson points after a duplicate key; editors want the key itself. */
    private static Optional<Integer> columnOfKey(String yaml, int lineIndex, String key) {
        String[] lines = yaml.split("\n", -1);
        if (lineIndex < 0 || lineIndex >= lines.length) {
            return Optional.empty();
        }
        int index = lines[lineIndex].indexOf(key);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** Aliases could expand a small file into a huge document, and they make guides hard to read. */
    private static boolean usesAnchorOrAlias(JsonParser parser) {
        return parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null);
    }

    static Location at(TokenStreamLocation location, int firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return new Location(Math.max(1, firstLine - 1), 1);
        }
        return new Location(location.getLineNr() + firstLine - 1, Math.max(1, location.getColumnNr()));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
