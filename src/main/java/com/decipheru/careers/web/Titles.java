package com.decipheru.careers.web;

import java.util.Arrays;

/**
 * Titles written for searchers: what the page is for, then the site, in 60 characters or fewer when a
 * shorter form exists (search results cut longer titles).
 */
public final class Titles {

    static final int TARGET_LENGTH = 60;

    private Titles() {
    }

    /** The first candidate that fits, else the shortest. */
    public static String fit(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c.length() <= TARGET_LENGTH).findFirst()
                .orElse(candidates[candidates.length - 1]);
    }
}
