package com.decipheru.careers.content;

import java.util.List;
import java.util.Optional;

import com.decipheru.careers.model.Catalogue;

/** The outcome of loading {@code content/}: a catalogue when there are no errors, and every problem found. */
public record LoadResult(Optional<Catalogue> catalogue, List<ContentProblem> problems, int fileCount) {

    public List<ContentProblem> errors() {
        return problems.stream().filter(ContentProblem::isError).toList();
    }

    public List<ContentProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The catalogue, or an exception listing every problem. */
    public Catalogue orThrow() {
        return catalogue.orElseThrow(() -> new ContentLoadException(problems));
    }
}
