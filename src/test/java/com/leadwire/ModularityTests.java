package com.leadwire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Feature packages only use each other's root packages, only the modules their
 * {@code package-info.java} allows, and never in cycles; the map that holds is written to
 * docs/modules (PlantUML).
 */
class ModularityTests {

    private static final Path MAP = Path.of("docs/modules");

    @Test
    void modulesDependOnlyOnWhatTheyAllow(@TempDir Path drawn) throws IOException {
        ApplicationModules modules = ApplicationModules.of(LeadwireApplication.class);

        modules.verify();

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        updateMap(drawn);
    }

    /** The writer orders its lines differently from run to run: a file is replaced only when its lines changed. */
    private static void updateMap(Path drawn) throws IOException {
        Files.createDirectories(MAP);
        try (Stream<Path> files = Files.list(drawn)) {
            for (Path file : files.toList()) {
                Path committed = MAP.resolve(file.getFileName().toString());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
