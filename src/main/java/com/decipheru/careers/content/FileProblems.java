package com.decipheru.careers.content;

import java.util.List;

/** Collects the problems of one file, so every check can report without knowing the file's path. */
final class FileProblems {

    private final String path;
    private final List<ContentProblem> sink;

    FileProblems(String path, List<ContentProblem> sink) {
        this.path = path;
        this.sink = sink;
    }

    String path() {
        return path;
    }

    void error(int line, int column, String message) {
        sink.add(new ContentProblem(path, line, column, ContentProblem.Severity.ERROR, message));
    }

    void error(Location at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(Location at, String message) {
        sink.add(new ContentProblem(path, at.line(), at.column(), ContentProblem.Severity.WARNING, message));
    }

    boolean hasErrors() {
        return sink.stream().anyMatch(p -> p.isError() && p.path().equals(path));
    }
}
