package com.decipheru.careers.web;

import jakarta.servlet.http.HttpServletRequest;

import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.runtime.LiveCatalogue;

/**
 * The snapshot a request is served from. The first part of the request that asks pins the live
 * snapshot to the request; every later part (filters, controller, layout, caching) gets the same one,
 * so a page never mixes two versions of the content even when a reload lands mid-request.
 */
public final class Snapshots {

    static final String ATTRIBUTE = Snapshots.class.getName() + ".pinned";

    private Snapshots() {
    }

    public static Catalogue pinned(HttpServletRequest request, LiveCatalogue live) {
        Catalogue pinned = (Catalogue) request.getAttribute(ATTRIBUTE);
        if (pinned == null) {
            pinned = live.current();
            request.setAttribute(ATTRIBUTE, pinned);
        }
        return pinned;
    }
}
