package com.decipheru.careers.model;

/** A median salary in whole US dollars, with where the figure comes from. */
public record Salary(long medianUsd, String source, String sourceUrl) {

    /** {@code $170K}; figures of a million or more as {@code $1.2M}. */
    public String display() {
        if (medianUsd >= 1_000_000) {
            return "$" + String.format(java.util.Locale.ROOT, "%.1f", medianUsd / 1_000_000.0).replace(".0", "") + "M";
        }
        return "$" + Math.round(medianUsd / 1000.0) + "K";
    }
}
