package com.decipheru.careers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure as the README describes it: each direct sub-package is a module, the modules
 * form no cycle, and the layers only look down: model, then content, then runtime, then the web.
 */
class ArchitectureTests {

    static final String ROOT = "com.decipheru.careers";
    static final Path DIAGRAM = Path.of("docs/architecture/modules.puml");

    private static final ApplicationModules MODULES = ApplicationModules.of(CareerGuideApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..")
                .check(CLASSES);
    }

    @Test
    void contentReadsFilesIntoTheModelAndKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage(ROOT + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage(webAndAbove("runtime", "cli"))
                .check(CLASSES);
    }

    @Test
    void theRuntimeKnowsNothingOfTheWeb() {
        noClasses().that().resideInAnyPackage(ROOT + ".runtime..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(webAndAbove())
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebFeaturePackagesOnly() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class)
                .should().resideInAnyPackage(ROOT + ".web..", ROOT + ".home..", ROOT + ".role..", ROOT + ".vertical..",
                        ROOT + ".sitemap..", ROOT + ".feed..", ROOT + ".preview..")
                .check(CLASSES);
    }

    /**
     * The module diagram in docs/ is generated from the code. When a module or a dependency changes,
     * this test fails; run it with {@code -Darchitecture.diagram.update=true} to write the new diagram.
     */
    @Test
    void theDiagramInDocsMatchesTheCode() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
        String diagram = inStableOrder(Files.readString(generated.resolve("components.puml")));
        if (Boolean.getBoolean("architecture.diagram.update")) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, diagram);
        }
        assertThat(DIAGRAM).as("regenerate with -Darchitecture.diagram.update=true").hasContent(diagram);
    }

    /** Modulith lists modules and relations in classpath order; sort each run of them so the file is stable. */
    static String inStableOrder(String plantUml) {
        List<String> lines = new ArrayList<>(plantUml.lines().toList());
        for (int start = 0; start < lines.size(); start++) {
            String kind = kindOf(lines.get(start));
            int end = start;
            while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
                end++;
            }
            if (end > start) {
                Collections.sort(lines.subList(start, end));
                start = end - 1;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Component(") ? "component" : trimmed.startsWith("Rel(") ? "relation" : null;
    }

    /** Web packages, and the packages of every web feature, plus any extra ones named. */
    private static String[] webAndAbove(String... extra) {
        String[] web = {"org.springframework.web..", "jakarta.servlet..", "org.thymeleaf..", ROOT + ".web..", ROOT + ".http..",
                ROOT + ".home..", ROOT + ".role..", ROOT + ".vertical..", ROOT + ".sitemap..", ROOT + ".feed..",
                ROOT + ".preview..", ROOT + ".export.."};
        String[] all = java.util.Arrays.copyOf(web, web.length + extra.length);
        for (int i = 0; i < extra.length; i++) {
            all[web.length + i] = ROOT + "." + extra[i] + "..";
        }
        return all;
    }
}
