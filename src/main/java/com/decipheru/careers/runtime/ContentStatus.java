package com.decipheru.careers.runtime;

import java.time.Instant;

import com.decipheru.careers.content.LoadResult;

/**
 * The last load of the content and since when the served snapshot dates. When the last load had
 * errors, {@code servingSince} is older than {@code checkedAt}: the site serves the last good content.
 */
public record ContentStatus(LoadResult lastLoad, Instant checkedAt, Instant servingSince) {

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public boolean servingLastLoad() {
        return lastLoad.catalogue().isPresent();
    }

    /** "2026-11-28 21:36:50 UTC". */
    public String checkedAtShown() {
        return SHOWN.format(checkedAt);
    }

    public String servingSinceShown() {
        return SHOWN.format(servingSince);
    }
}
