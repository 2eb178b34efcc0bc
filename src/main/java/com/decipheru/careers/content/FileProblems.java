package com.decipheru.careers.content;

import java.util.List;

/**
 * Collects the problems of one file, so every check can report without knowing the file's path. The sink
 * may be shared by files read in parallel, so it must be thread-safe; this object belongs to one reader.
 */
final class FileProblems {

    private final String path;
    private final List<ContentProblem> sink;
    private int errors;

    FileProblems(String path, List<ContentProblem> sink) {
        this.path = path;
        this.sink = sink;
    }

    String path() {
        return path;
    }

    void error(int line, int column, String message) {
        errors++;
        sink.add(new ContentProblem(path, line, column, ContentProblem.Severity.ERROR, message));
    }

    void error(Location at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(Location at, String message) {
        sink.add(new ContentProblem(path, at.line(), at.column(), ContentProblem.Severity.WARNING, message));
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
