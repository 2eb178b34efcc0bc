package com.decipheru.careers.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.decipheru.careers.catalogue.Catalogue;
import com.decipheru.careers.role.Bridge;
import com.decipheru.careers.role.Disruption;
import com.decipheru.careers.role.English;
import com.decipheru.careers.role.Growth;
import com.decipheru.careers.role.QuestionWriter;
import com.decipheru.careers.role.Role;
import com.decipheru.careers.role.RoleLink;
import com.decipheru.careers.role.Salary;
import com.decipheru.careers.site.SiteSettings;
import com.decipheru.careers.vertical.Vertical;

/** The checks that need every file (unique slugs, bridges), then the resolved, immutable catalogue. */
final class CatalogueAssembler {

    private CatalogueAssembler() {
    }

    /**
     * Reports cross-file problems; returns the drafts by slug. A bridge to a file that has errors of its
     * own, or to a duplicated slug, is not reported again.
     */
    static Map<String, RoleDraft> check(List<RoleDraft> drafts, java.util.Set<String> slugsOnDisk) {
        Map<String, RoleDraft> bySlug = new TreeMap<>();
        java.util.Set<String> duplicated = new java.util.HashSet<>();
        for (RoleDraft draft : drafts) {
            RoleDraft earlier = bySlug.putIfAbsent(draft.slug(), draft);
            if (earlier != null) {
                duplicated.add(draft.slug());
                draft.fields().fileError("slug '" + draft.slug() + "' is already used by " + earlier.path()
                        + "; slugs must be unique across verticals");
            }
        }
        for (RoleDraft draft : drafts) {
            String target = draft.file().bridge().role();
            RoleDraft targetDraft = bySlug.get(target);
            if (targetDraft == null && slugsOnDisk.contains(target) || duplicated.contains(target)) {
                continue; // the target has errors of its own, reported there
            }
            if (targetDraft == null) {
                draft.fields().error("/bridge/role", "bridge.role '" + target + "' is not a role"
                        + Suggestions.hint(target, slugsOnDisk));
            } else if (targetDraft.verticalKey().equals(draft.verticalKey())) {
                draft.fields().error("/bridge/role", "bridge.role '" + target + "' is in the same vertical ("
                        + draft.verticalKey() + "); a bridge must point into another vertical");
            }
        }
        return bySlug;
    }

    static Catalogue assemble(SiteSettings site, Map<String, Vertical> verticals, Map<String, RoleDraft> drafts) {
        Map<String, RoleLink> links = new HashMap<>();
        drafts.values().forEach(d -> links.put(d.slug(), link(d, verticals.get(d.verticalKey()))));
        Map<String, List<RoleLink>> inbound = new HashMap<>();
        drafts.values().forEach(d -> inbound.computeIfAbsent(d.file().bridge().role(), k -> new ArrayList<>())
                .add(links.get(d.slug())));
        QuestionWriter questions = new QuestionWriter(site.name());
        List<Role> roles = new ArrayList<>();
        for (RoleDraft draft : drafts.values()) {
            Role role = role(draft, verticals.get(draft.verticalKey()), site, links,
                    inbound.getOrDefault(draft.slug(), List.of()));
            roles.add(role.withQuestions(questions.questionsFor(role, draft.ownQuestions())));
        }
        return new Catalogue(site, List.copyOf(verticals.values()), roles);
    }

    private static RoleLink link(RoleDraft draft, Vertical vertical) {
        return new RoleLink(draft.file().title().strip(), Role.pathOf(vertical.key(), draft.slug()), vertical.name(),
                vertical.phrase());
    }

    private static Role role(RoleDraft draft, Vertical vertical, SiteSettings site, Map<String, RoleLink> links,
            List<RoleLink> bridgedFrom) {
        RoleFile f = draft.file();
        String title = f.title().strip();
        RoleFile.AiDisruption d = f.aiDisruption();
        return new Role(draft.slug(), vertical, title, f.specialty().strip(), f.summary().strip(),
                f.article() != null ? f.article() : English.indefiniteArticle(title),
                new Salary(f.salary().medianUsd(), f.salary().source().strip(), f.salary().sourceUrl()),
                Growth.fromLabel(f.growth()).orElseThrow(),
                new Disruption(d.score(), site.disruptionLabel(d.score()), d.outlook().strip(), d.forecast().strip()),
                f.entryLevel(), f.experience().strip(), f.entryPath().strip(), strip(f.duties()), strip(f.skills()),
                strip(f.skillTags()), strip(f.certifications()),
                f.compensationNote() == null ? null : f.compensationNote().strip(), draft.bodyHtml(),
                new Bridge(links.get(f.bridge().role()), f.bridge().shared().strip(), f.bridge().retention().strip()),
                bridgedFrom.stream().sorted(java.util.Comparator.comparing(RoleLink::title)).toList(),
                List.of(), f.lastReviewed(), f.aliases() == null ? List.of() : List.copyOf(f.aliases()),
                Boolean.TRUE.equals(f.draft()), draft.path());
    }

    private static List<String> strip(List<String> items) {
        return items.stream().map(String::strip).toList();
    }
}
