package com.decipheru.careers.model;

/**
 * Data derived from one snapshot of the content (structured data, indexes, page lists). A snapshot
 * computes each derivation at most once and keeps the result for as long as it lives, so derived data
 * never outlives, or mixes, the content it came from.
 */
@FunctionalInterface
public interface Derivation<T> {

    T derive(Catalogue catalogue);
}
