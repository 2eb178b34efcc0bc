package com.decipheru.careers.content;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body, remembering on which line of the
 * file each part starts so that problems can be reported against the file, not the block.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    static Optional<FrontMatter> split(String text, FileProblems problems) {
        if (text.isBlank()) {
            problems.error(Location.START, "file is empty; a guide starts with front matter between '---' lines");
            return Optional.empty();
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals(FENCE)) {
            problems.error(Location.START, "missing front matter: the first line must be '---'");
            return Optional.empty();
        }
        int line = 2;
        for (int start = firstEnd + 1; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (text.substring(start, end).stripTrailing().equals(FENCE)) {
                String yaml = text.substring(firstEnd + 1, Math.max(firstEnd + 1, start - 1));
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            start = end + 1;
        }
        problems.error(Location.START, "unterminated front matter: no closing '---' line");
        return Optional.empty();
    }

    /** The index of the newline that ends the line starting at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
