package com.decipheru.careers.content;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** The small pieces of English grammar the generated sentences need. */
final class English {

    /** Letters whose spoken name starts with a vowel sound: "an F", "an M", "an S". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
    private static final Set<String> CONSONANT_SOUND_PREFIXES = Set.of("uni", "use", "usu", "uti", "ura", "uro", "eu", "one", "once", "ewe");
    private static final Set<String> SILENT_H_PREFIXES = Set.of("hour", "honest", "honor", "honour", "heir");

    private English() {
    }

    /**
     * "a" or "an" for a phrase, by how its first word is spoken. An initialism is spoken letter by
     * letter ("an MLOps Engineer", "an AI Red Teamer", "an SRE"); an acronym whose second letter is a
     * vowel is spoken as a word ("a SOC Analyst", "a CISO").
     */
    static String indefiniteArticle(String phrase) {
        String word = firstWord(phrase);
        if (word.isEmpty()) {
            return "a";
        }
        int capitals = 0;
        while (capitals < word.length() && Character.isUpperCase(word.charAt(capitals))) {
            capitals++;
        }
        if (capitals >= 2 && !spokenAsWord(word.substring(0, capitals))) {
            return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        if (Character.isDigit(word.charAt(0))) {
            return word.startsWith("8") || word.startsWith("11") || word.startsWith("18") ? "an" : "a";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (SILENT_H_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return "an";
        }
        if (CONSONANT_SOUND_PREFIXES.stream().anyMatch(lower::startsWith)) {
            return "a";
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }

    /**
     * Lower-cases the first letter so a list item can continue a sentence, unless the first word is
     * an acronym, a name with inner capitals (PyTorch, MLflow), or one of the given proper names.
     */
    static String continueSentence(String text, Collection<String> properNames) {
        String word = firstWord(text);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return text;
        }
        boolean innerCapitalOrDigit = word.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean properName = properNames.stream().anyMatch(name -> name.equals(word) || name.startsWith(word + " "));
        if (innerCapitalOrDigit || properName || word.equals("I")) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean spokenAsWord(String capitals) {
        return capitals.length() >= 3 && "AEIOU".indexOf(capitals.charAt(1)) >= 0;
    }

    private static String firstWord(String text) {
        String trimmed = text.strip();
        int end = 0;
        while (end < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }
}
