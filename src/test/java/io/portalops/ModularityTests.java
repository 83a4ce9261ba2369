package io.portalops;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalOpsApplication.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams (PlantUML, C4 style) and a canvas per module (its API, beans, events, properties) into
     * docs/modules, which is committed: a change of the module structure shows up in the diff of the next commit.
     */
    @Test
    void module_documentation_is_generated_into_docs_modules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
