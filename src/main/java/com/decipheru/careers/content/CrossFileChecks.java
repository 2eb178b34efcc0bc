package com.decipheru.careers.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.SiteSettings;

/**
 * The checks that need every file: unique slugs, bridges, aliases, and review dates against the
 * site's staleness limit. A problem caused by another file's own error is not reported twice.
 */
final class CrossFileChecks {

    private final Set<String> slugsOnDisk;
    private final PagePaths pagePaths;
    private final Optional<SiteSettings> site;
    private final LocalDate today;

    CrossFileChecks(Set<String> slugsOnDisk, PagePaths pagePaths, Optional<SiteSettings> site, LocalDate today) {
        this.slugsOnDisk = slugsOnDisk;
        this.pagePaths = pagePaths;
        this.site = site;
        this.today = today;
    }

    /** Reports cross-file problems; returns the roles by slug. */
    Map<String, ParsedRole> check(List<ParsedRole> roles) {
        Map<String, ParsedRole> bySlug = new TreeMap<>();
        Set<String> duplicated = new HashSet<>();
        for (ParsedRole role : roles) {
            ParsedRole earlier = bySlug.putIfAbsent(role.slug(), role);
            if (earlier != null) {
                duplicated.add(role.slug());
                role.problems().error(Location.START, "slug '" + role.slug() + "' is already used by " + earlier.path()
                        + "; slugs must be unique across verticals");
            }
        }
        roles.forEach(role -> checkBridge(role, bySlug, duplicated));
        checkAliases(roles);
        site.ifPresent(settings -> roles.forEach(role -> checkReviewDate(role, settings.staleAfterDays())));
        return bySlug;
    }

    private void checkBridge(ParsedRole role, Map<String, ParsedRole> bySlug, Set<String> duplicated) {
        ParsedRole.BridgeRef bridge = role.bridge();
        String target = bridge.slug();
        ParsedRole targetRole = bySlug.get(target);
        if (targetRole == null && slugsOnDisk.contains(target) || duplicated.contains(target)) {
            return; // the target has errors of its own, reported there
        }
        if (targetRole == null) {
            role.problems().error(bridge.at(), "bridge.role '" + target + "' is not a role" + Suggestions.hint(target, slugsOnDisk));
        } else if (targetRole.verticalKey().equals(role.verticalKey())) {
            role.problems().error(bridge.at(), "bridge.role '" + target + "' is in the same vertical ("
                    + role.verticalKey() + "); a bridge must point into another vertical");
        } else if (targetRole.draft() && !role.draft()) {
            role.problems().error(bridge.at(), "bridge.role '" + target + "' is a draft; a published guide cannot"
                    + " bridge to it until it is published");
        } else if (!role.draft() && !role.slug().equals(targetRole.bridge().slug())) {
            role.problems().warning(bridge.at(), "bridge to '" + target + "' is not returned: its bridge points to '"
                    + targetRole.bridge().slug() + "'; pair the two guides if they are natural counterparts");
        }
    }

    private void checkAliases(List<ParsedRole> roles) {
        Map<String, String> owners = new HashMap<>();
        for (ParsedRole role : roles) {
            for (ParsedRole.Alias alias : role.aliases()) {
                String path = alias.path();
                String owner = owners.putIfAbsent(path, role.path());
                if (pagePaths.contains(path)) {
                    role.problems().error(alias.at(), "alias '" + path + "' is the address of a page; an alias must be an old"
                            + " address that no page uses");
                } else if (Routes.isReserved(path)) {
                    role.problems().error(alias.at(), "alias '" + path + "' is reserved by the site");
                } else if (owner != null) {
                    role.problems().error(alias.at(), "alias '" + path + "' is already used by "
                            + (owner.equals(role.path()) ? "this guide" : owner) + "; each alias may point to one guide");
                }
            }
        }
    }

    private void checkReviewDate(ParsedRole role, int staleAfterDays) {
        LocalDate reviewed = role.lastReviewed();
        long age = ChronoUnit.DAYS.between(reviewed, today);
        if (age > staleAfterDays) {
            role.problems().warning(role.lastReviewedAt(), "last reviewed " + age + " days ago (" + reviewed
                    + "); guides are stale after " + staleAfterDays + " days: review it and update the date");
        }
    }
}
