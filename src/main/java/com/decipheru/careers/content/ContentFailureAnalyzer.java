package com.decipheru.careers.content;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a startup stopped by broken content into the list of problems, without a stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentLoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentLoadException cause) {
        String problems = cause.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
        long errors = cause.problems().stream().filter(ContentProblem::isError).count();
        return new FailureAnalysis("The content has " + errors + (errors == 1 ? " error" : " errors") + ":\n\n" + problems,
                "Fix the files named above (path:line:column), then start the site again.", cause);
    }
}
