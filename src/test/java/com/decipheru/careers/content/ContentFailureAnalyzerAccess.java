package com.decipheru.careers.content;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lets tests outside the package call the package-private analyzer. */
public class ContentFailureAnalyzerAccess {

    public FailureAnalysis analyze(ContentLoadException failure) {
        return new ContentFailureAnalyzer().analyze(failure);
    }
}
