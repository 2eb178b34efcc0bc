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

import com.decipheru.careers.site.SiteSettings;

/**
 * The checks that need every file: unique slugs, bridges, aliases, and review dates against the
 * site's staleness limit. A problem caused by another file's own error is not reported twice.
 */
final class CrossFileChecks {

    /** Paths the site itself serves; an alias may not be one of them or lie under them. */
    static final List<String> RESERVED = List.of("/css", "/actuator", "/error", "/_content", "/sitemap.xml",
            "/robots.txt", "/feed.xml", "/404.html");

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

    /** Reports cross-file problems; returns the role drafts by slug. */
    Map<String, RoleDraft> check(List<RoleDraft> drafts) {
        Map<String, RoleDraft> bySlug = new TreeMap<>();
        Set<String> duplicated = new HashSet<>();
        for (RoleDraft draft : drafts) {
            RoleDraft earlier = bySlug.putIfAbsent(draft.slug(), draft);
            if (earlier != null) {
                duplicated.add(draft.slug());
                draft.fields().fileError("slug '" + draft.slug() + "' is already used by " + earlier.path()
                        + "; slugs must be unique across verticals");
            }
        }
        drafts.forEach(draft -> checkBridge(draft, bySlug, duplicated));
        checkAliases(drafts);
        site.ifPresent(settings -> drafts.forEach(draft -> checkReviewDate(draft, settings.staleAfterDays())));
        return bySlug;
    }

    private void checkBridge(RoleDraft draft, Map<String, RoleDraft> bySlug, Set<String> duplicated) {
        String target = draft.file().bridge().role();
        RoleDraft targetDraft = bySlug.get(target);
        if (targetDraft == null && slugsOnDisk.contains(target) || duplicated.contains(target)) {
            return; // the target has errors of its own, reported there
        }
        if (targetDraft == null) {
            draft.fields().error("/bridge/role", "bridge.role '" + target + "' is not a role" + Suggestions.hint(target, slugsOnDisk));
        } else if (targetDraft.verticalKey().equals(draft.verticalKey())) {
            draft.fields().error("/bridge/role", "bridge.role '" + target + "' is in the same vertical ("
                    + draft.verticalKey() + "); a bridge must point into another vertical");
        } else if (targetDraft.isDraft() && !draft.isDraft()) {
            draft.fields().error("/bridge/role", "bridge.role '" + target + "' is a draft; a published guide cannot"
                    + " bridge to it until it is published");
        } else if (!draft.isDraft() && !draft.slug().equals(targetDraft.file().bridge().role())) {
            draft.fields().warning("/bridge/role", "bridge to '" + target + "' is not returned: its bridge points to '"
                    + targetDraft.file().bridge().role() + "'; pair the two guides if they are natural counterparts");
        }
    }

    private void checkAliases(List<RoleDraft> drafts) {
        Map<String, String> owners = new HashMap<>();
        for (RoleDraft draft : drafts) {
            List<String> aliases = draft.aliases();
            for (int i = 0; i < aliases.size(); i++) {
                String alias = aliases.get(i);
                String at = "/aliases/" + i;
                if (alias == null) {
                    continue;
                }
                String owner = owners.putIfAbsent(alias, draft.path());
                if (pagePaths.contains(alias)) {
                    draft.fields().error(at, "alias '" + alias + "' is the address of a page; an alias must be an old"
                            + " address that no page uses");
                } else if (RESERVED.stream().anyMatch(path -> alias.equals(path) || alias.startsWith(path + "/"))) {
                    draft.fields().error(at, "alias '" + alias + "' is reserved by the site");
                } else if (owner != null) {
                    draft.fields().error(at, "alias '" + alias + "' is already used by "
                            + (owner.equals(draft.path()) ? "this guide" : owner) + "; each alias may point to one guide");
                }
            }
        }
    }

    private void checkReviewDate(RoleDraft draft, int staleAfterDays) {
        LocalDate reviewed = draft.file().lastReviewed();
        long age = ChronoUnit.DAYS.between(reviewed, today);
        if (age > staleAfterDays) {
            draft.fields().warning("/last_reviewed", "last reviewed " + age + " days ago (" + reviewed
                    + "); guides are stale after " + staleAfterDays + " days: review it and update the date");
        }
    }
}
