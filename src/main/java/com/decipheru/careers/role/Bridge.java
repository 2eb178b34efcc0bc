package com.decipheru.careers.role;

/** A role's counterpart in another vertical and what the two share. */
public record Bridge(RoleLink target, String shared, String retention) {
}
