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
        String[] lines = text.split("\n", -1);
        if (!lines[0].stripTrailing().equals(FENCE)) {
            problems.error(Location.START, "missing front matter: the first line must be '---'");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(FENCE)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        problems.error(Location.START, "unterminated front matter: no closing '---' line");
        return Optional.empty();
    }
}
