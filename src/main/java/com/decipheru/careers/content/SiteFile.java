package com.decipheru.careers.content;

import java.util.List;

/** {@code site.yml}, as written. */
record SiteFile(
        String name,
        String tagline,
        List<Band> disruptionScale,
        String disruptionMethodology,
        String methodology,
        String certificationDisclaimer,
        String salaryDisclaimer,
        String reportInaccuracy,
        Integer staleAfterDays) {

    record Band(Integer max, String label) {
    }
}
