package com.decipheru.careers.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content has errors: carries every problem found, not just the first. */
public class ContentLoadException extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentLoadException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        long errors = problems.stream().filter(ContentProblem::isError).count();
        return errors + (errors == 1 ? " error" : " errors") + " in content:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
