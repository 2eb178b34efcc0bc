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

/** Builds the resolved, immutable catalogue from checked drafts: links, inbound bridges, questions. */
final class CatalogueAssembler {

    private CatalogueAssembler() {
    }

    /** Drafts are left out unless {@code includeDrafts}; checks guarantee no published role links to one. */
    static Catalogue assemble(SiteSettings site, Map<String, Vertical> verticals, Map<String, RoleDraft> checked,
            boolean includeDrafts) {
        Map<String, RoleDraft> drafts = new TreeMap<>(checked);
        drafts.values().removeIf(d -> !includeDrafts && d.isDraft());
        Map<String, RoleLink> links = new HashMap<>();
        drafts.values().forEach(d -> links.put(d.slug(), link(d, verticals.get(d.verticalKey()))));
        Map<String, List<RoleLink>> inbound = new HashMap<>();
        drafts.values().forEach(d -> inbound.computeIfAbsent(d.file().bridge().role(), k -> new ArrayList<>())
                .add(links.get(d.slug())));
        Map<String, String> redirects = new TreeMap<>();
        drafts.values().forEach(d -> d.aliases().forEach(alias -> redirects.put(alias, links.get(d.slug()).path())));
        QuestionWriter questions = new QuestionWriter(site.name());
        List<Role> roles = new ArrayList<>();
        for (RoleDraft draft : drafts.values()) {
            Role role = role(draft, verticals.get(draft.verticalKey()), site, links,
                    inbound.getOrDefault(draft.slug(), List.of()));
            roles.add(role.withQuestions(questions.questionsFor(role, draft.ownQuestions())));
        }
        return new Catalogue(site, List.copyOf(verticals.values()), roles, redirects);
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
