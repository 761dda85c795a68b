package com.leadwire;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages only use each other's root packages, only the modules their
 * {@code package-info.java} allows, and never in cycles; the map that holds is written to
 * docs/modules (PlantUML).
 */
class ModularityTests {

    @Test
    void modulesDependOnlyOnWhatTheyAllow() {
        ApplicationModules modules = ApplicationModules.of(LeadwireApplication.class);

        modules.verify();

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
