package io.portalops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalOpsApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams (PlantUML, C4 style) and a canvas per module (its beans, events, properties) into
     * docs/modules, which is committed: a change of the module structure shows up in the diff of the next commit.
     */
    @Test
    void module_documentation_is_generated_into_docs_modules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, stableOrder(Files.readAllLines(file)));
            }
        }
    }

    /** The Documenter lists components and relations in no fixed order; sorted runs keep the committed files still. */
    private static List<String> stableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind =
                    line.startsWith("Rel(") ? "rel" : line.strip().startsWith("Component(") ? "component" : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            kind = lineKind;
            (lineKind == null ? out : run).add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
