package com.decipheru.careers.model;

import java.time.Instant;
import java.util.List;

/** Site-wide texts and settings from {@code content/site.yml}. */
public record SiteSettings(
        String name,
        String tagline,
        List<DisruptionBand> disruptionScale,
        String disruptionMethodology,
        String methodology,
        String certificationDisclaimer,
        String salaryDisclaimer,
        String reportInaccuracy,
        int staleAfterDays,
        Instant modified) {

    /** A band of the disruption scale: scores up to and including {@code max} get {@code label}. */
    public record DisruptionBand(int max, String label) {
    }

    /** The label of the first band whose max is at least the score. */
    public String disruptionLabel(int score) {
        return disruptionScale.stream()
                .filter(band -> score <= band.max())
                .findFirst()
                .map(DisruptionBand::label)
                .orElseThrow(() -> new IllegalArgumentException("no disruption band covers " + score));
    }

    /** The score from which a disruption gauge stops reading as low: just above the first band. */
    public int disruptionGaugeLow() {
        return disruptionScale.get(0).max() + 1;
    }

    /** The score from which a disruption gauge reads as high: just above the second-to-last band. */
    public int disruptionGaugeHigh() {
        return disruptionScale.size() < 2 ? disruptionGaugeLow() : disruptionScale.get(disruptionScale.size() - 2).max() + 1;
    }
}
