package com.decipheru.careers.content;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean" hints: the closest known name within a small edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean 'salary'?)"}, or an empty string when nothing is close. */
    static String hint(String given, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(given.toLowerCase(), k.toLowerCase()) <= Math.max(1, Math.min(3, k.length() / 3)))
                .min(Comparator.comparingInt((String k) -> distance(given.toLowerCase(), k.toLowerCase())).thenComparing(k -> k))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
