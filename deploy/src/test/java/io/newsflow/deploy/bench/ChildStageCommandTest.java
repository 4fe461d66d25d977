package io.newsflow.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildStageCommandTest {
    @Test
    void theLaunchersJvmOptionsGoToEveryStageBeforeItsMainClass() {
        List<String> command = ChildStage.command(ChildStage.jvmOptions("  -Xmx768m   -XX:+UseParallelGC "),
                Stage.ENRICH, Path.of("/w/enrich.properties"), Path.of("/w/enrich.port"));

        assertEquals(List.of("-Xmx768m", "-XX:+UseParallelGC"), command.subList(1, 3));
        assertEquals("-cp", command.get(3));
        assertEquals(List.of(StageProcess.class.getName(), "ENRICH", "/w/enrich.properties", "/w/enrich.port"),
                command.subList(5, command.size()));
        assertTrue(command.get(0).endsWith(Path.of("bin", "java").toString()));
    }

    @Test
    void noOptionsWhenTheVariableIsUnsetOrBlank() {
        assertEquals(List.of(), ChildStage.jvmOptions(null));
        assertEquals(List.of(), ChildStage.jvmOptions(" \t "));
        assertEquals("-cp", ChildStage.command(List.of(), Stage.ALERTS, Path.of("a"), Path.of("b")).get(1));
    }
}
