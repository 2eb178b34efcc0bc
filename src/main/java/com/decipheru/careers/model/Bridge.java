package com.decipheru.careers.model;

/**
 * A role's counterpart in another vertical, what the two share, and the paragraph that introduces it
 * on the role's page (written once, at load time).
 */
public record Bridge(RoleLink target, String shared, String retention, String paragraph) {
}
