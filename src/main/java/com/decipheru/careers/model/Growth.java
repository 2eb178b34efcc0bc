package com.decipheru.careers.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The hiring growth outlook of a role, written in content as its label. */
public enum Growth {
    DECLINING("declining"), LOW("low"), MODERATE("moderate"), HIGH("high"), VERY_HIGH("very high");

    private final String label;

    Growth(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Growth> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Growth::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
