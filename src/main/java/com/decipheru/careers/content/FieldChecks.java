package com.decipheru.careers.content;

import java.util.Collection;
import java.util.List;

/** Checks on bound front matter fields, each reported at the field's location in the file. */
final class FieldChecks {

    private final FileProblems problems;
    private final YamlLocations locations;

    FieldChecks(FileProblems problems, YamlLocations locations) {
        this.problems = problems;
        this.locations = locations;
    }

    FileProblems problems() {
        return problems;
    }

    Location valueOf(String pointer) {
        return locations.valueOf(pointer);
    }

    void error(String pointer, String message) {
        problems.error(locations.valueOf(pointer), message);
    }

    void error(Location at, String message) {
        problems.error(at, message);
    }

    void warning(String pointer, String message) {
        problems.warning(locations.valueOf(pointer), message);
    }

    /**
     * True when the value is present. Otherwise reports it missing, or empty when written without a
     * value; a value that was written but failed to bind has been reported already.
     */
    boolean required(String pointer, Object value) {
        boolean blank = value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
        if (value != null && !blank) {
            return true;
        }
        if (!locations.has(pointer)) {
            problems.error(locations.keyOf(YamlLocations.parent(pointer)), "missing required field '" + name(pointer) + "'");
        } else if (blank || locations.isNull(pointer)) {
            problems.error(locations.keyOf(pointer), "field '" + name(pointer) + "' is empty");
        }
        return false;
    }

    /** A list present with a size in range; items must be non-blank text. */
    boolean listSize(String pointer, List<String> list, int min, int max) {
        if (list == null || list.isEmpty() && min > 0) {
            return required(pointer, list);
        }
        if (list.size() < min || list.size() > max) {
            error(pointer, "'" + name(pointer) + "' has " + list.size() + (list.size() == 1 ? " item" : " items")
                    + "; it needs " + min + " to " + max);
        }
        for (int i = 0; i < list.size(); i++) {
            boolean writtenEmpty = list.get(i) == null ? locations.isNull(pointer + "/" + i) : list.get(i).isBlank();
            if (writtenEmpty) {
                error(pointer + "/" + i, "item " + (i + 1) + " of '" + name(pointer) + "' is empty");
            }
        }
        return true;
    }

    void maxLength(String pointer, String value, int max) {
        if (value != null && value.strip().length() > max) {
            error(pointer, "'" + name(pointer) + "' is " + value.strip().length() + " characters; keep it to " + max);
        }
    }

    static String name(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }
}
