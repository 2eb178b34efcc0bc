package com.decipheru.careers.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.decipheru.careers.model.SiteSettings.DisruptionBand;
import com.decipheru.careers.model.SiteSettings;

/** Reads and checks {@code site.yml}. */
final class SiteReader {

    private final YamlBinder yaml;

    SiteReader(YamlBinder yaml) {
        this.yaml = yaml;
    }

    Optional<SiteSettings> read(Path file, FileProblems problems) {
        return SourceText.read(file, problems)
                .flatMap(text -> yaml.bind(text, 1, SiteFile.class, problems))
                .flatMap(bound -> check(bound.value(), new FieldChecks(problems, bound.locations()), problems,
                        SourceText.modified(file)));
    }

    private Optional<SiteSettings> check(SiteFile site, FieldChecks fields, FileProblems problems, Instant modified) {
        fields.required("/name", site.name());
        fields.required("/tagline", site.tagline());
        fields.required("/disruption_methodology", site.disruptionMethodology());
        fields.required("/methodology", site.methodology());
        fields.required("/certification_disclaimer", site.certificationDisclaimer());
        fields.required("/salary_disclaimer", site.salaryDisclaimer());
        fields.required("/report_inaccuracy", site.reportInaccuracy());
        fields.required("/stale_after_days", site.staleAfterDays());
        if (site.staleAfterDays() != null && site.staleAfterDays() < 1) {
            fields.error("/stale_after_days", "'stale_after_days' must be at least 1");
        }
        List<DisruptionBand> scale = scale(site.disruptionScale(), fields);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SiteSettings(site.name().strip(), site.tagline().strip(), scale,
                site.disruptionMethodology().strip(), site.methodology().strip(), site.certificationDisclaimer().strip(),
                site.salaryDisclaimer().strip(), site.reportInaccuracy().strip(), site.staleAfterDays(), modified));
    }

    private static List<DisruptionBand> scale(List<SiteFile.Band> bands, FieldChecks fields) {
        List<DisruptionBand> scale = new ArrayList<>();
        if (!fields.required("/disruption_scale", bands)) {
            return scale;
        }
        int previousMax = -1;
        for (int i = 0; i < bands.size(); i++) {
            SiteFile.Band band = bands.get(i);
            String at = "/disruption_scale/" + i;
            if (band == null || !fields.required(at + "/max", band.max()) | !fields.required(at + "/label", band.label())) {
                continue;
            }
            if (band.max() <= previousMax) {
                fields.error(at + "/max", "disruption bands must be in increasing order of 'max'");
            }
            previousMax = band.max();
            scale.add(new DisruptionBand(band.max(), band.label().strip()));
        }
        if (previousMax != 100) {
            fields.error("/disruption_scale", "the last disruption band must have 'max: 100' so every score has a label");
        }
        return scale;
    }
}
