package com.decipheru.careers.content;

import java.util.Comparator;

/**
 * One thing wrong with one content file, located like a compiler message:
 * {@code content/roles/ai/x.md:12:3: error: unknown field 'salery'}.
 * Lines and columns are 1-based and counted from the top of the file.
 */
public record ContentProblem(String path, int line, int column, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase();
        }
    }

    public static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::path)
            .thenComparingInt(ContentProblem::line)
            .thenComparingInt(ContentProblem::column)
            .thenComparing(ContentProblem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
