package com.decipheru.careers.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.decipheru.careers.model.Bridge;
import com.decipheru.careers.model.Catalogue;
import com.decipheru.careers.model.Disruption;
import com.decipheru.careers.model.Role;
import com.decipheru.careers.model.RoleLink;
import com.decipheru.careers.model.Routes;
import com.decipheru.careers.model.SiteSettings;
import com.decipheru.careers.model.Vertical;

/**
 * Links checked roles into the immutable catalogue: bridge targets, the roles that bridge to each one,
 * redirects from aliases, and the generated questions. Every value was normalised when the file was read.
 */
final class CatalogueAssembler {

    private CatalogueAssembler() {
    }

    /** Drafts are left out unless {@code includeDrafts}; checks guarantee no published role links to one. */
    static Catalogue assemble(SiteSettings site, Map<String, Vertical> verticals, Map<String, ParsedRole> checked,
            boolean includeDrafts, Instant loadedAt) {
        Map<String, ParsedRole> parsed = new TreeMap<>(checked);
        parsed.values().removeIf(role -> !includeDrafts && role.draft());
        Map<String, RoleLink> links = new HashMap<>();
        parsed.values().forEach(role -> links.put(role.slug(), link(role, verticals.get(role.verticalKey()))));
        Map<String, List<RoleLink>> inbound = new HashMap<>();
        parsed.values().forEach(role -> inbound.computeIfAbsent(role.bridge().slug(), k -> new ArrayList<>())
                .add(links.get(role.slug())));
        Map<String, String> redirects = new TreeMap<>();
        parsed.values().forEach(role -> role.aliases().forEach(alias -> redirects.put(alias.path(), links.get(role.slug()).path())));
        QuestionWriter questions = new QuestionWriter(site.name());
        List<Role> roles = new ArrayList<>();
        for (ParsedRole role : parsed.values()) {
            roles.add(role(role, verticals.get(role.verticalKey()), site, links.get(role.bridge().slug()),
                    inbound.getOrDefault(role.slug(), List.of()), questions));
        }
        return new Catalogue(site, List.copyOf(verticals.values()), roles, redirects, loadedAt);
    }

    private static RoleLink link(ParsedRole role, Vertical vertical) {
        return new RoleLink(role.title(), Routes.role(vertical.key(), role.slug()), vertical.name(), vertical.phrase());
    }

    private static Role role(ParsedRole role, Vertical vertical, SiteSettings site, RoleLink target,
            List<RoleLink> bridgedFrom, QuestionWriter questions) {
        Disruption disruption = new Disruption(role.disruptionScore(), site.disruptionLabel(role.disruptionScore()),
                role.outlook(), role.forecast());
        Bridge bridge = new Bridge(target, role.bridge().shared(), role.bridge().retention(),
                BridgeText.paragraph(role.title(), target, role.bridge().shared()));
        return new Role(role.slug(), vertical, role.title(), role.specialty(), role.summary(), role.article(),
                role.salary(), role.growth(), disruption, role.entryLevel(), role.experience(), role.entryPath(),
                role.duties(), role.skills(), role.skillTags(), role.certifications(), role.compensationNote(),
                role.bodyHtml(), bridge, bridgedFrom.stream().sorted(Comparator.comparing(RoleLink::title)).toList(),
                questions.questionsFor(role, disruption, bridge), role.lastReviewed(), role.draft(), role.path(),
                role.modified());
    }
}
