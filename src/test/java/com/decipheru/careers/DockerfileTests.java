package com.decipheru.careers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The image as the Dockerfile describes it, read instruction by instruction (no container engine runs in CI):
 * a non-root user, the port it serves and exposes, a healthcheck that follows SERVER_PORT, the memory flags and
 * the jar in layers. The healthcheck's own command is run against the real site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "site.watch=false"})
class DockerfileTests {

    private static final Pattern INSTRUCTION = Pattern.compile("^([A-Z]+)\\s+(.*)$", Pattern.DOTALL);

    @LocalServerPort
    int port;

    /** The instructions of the runtime stage (after the last FROM), continuation lines joined. */
    static List<String[]> runtimeStage() throws IOException {
        String text = Files.readString(Path.of("Dockerfile")).replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
        List<String[]> stage = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher instruction = INSTRUCTION.matcher(line.strip());
            if (instruction.matches()) {
                if (instruction.group(1).equals("FROM")) {
                    stage.clear();
                }
                stage.add(new String[] {instruction.group(1), instruction.group(2).replaceAll("\\s+", " ")});
            }
        }
        return stage;
    }

    static List<String> all(String keyword) throws IOException {
        return runtimeStage().stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
    }

    @Test
    void theSiteRunsAsAnUnprivilegedUserCreatedForIt() throws IOException {
        List<String> users = all("USER");

        assertThat(users).singleElement().isNotIn("root", "0");
        assertThat(all("RUN")).anyMatch(run -> run.matches(".*useradd .*--uid (\\d+) .*" + users.get(0) + "\\b.*")
                && !run.matches(".*--uid 0 .*"));
        List<String> order = runtimeStage().stream().map(i -> i[0]).toList();
        assertThat(order.indexOf("USER")).isLessThan(order.indexOf("ENTRYPOINT"));
    }

    @Test
    void itExposesThePortItServesAndPassesTheSettingsADeploymentNeeds() throws IOException {
        String env = String.join(" ", all("ENV"));

        assertThat(env).containsPattern("SERVER_PORT=(\\d+)").contains("SITE_CONTENT_DIR=/app/content",
                "SPRING_PROFILES_ACTIVE=production").containsPattern("JAVA_TOOL_OPTIONS=\"-XX:MaxRAMPercentage=\\d+\"");
        String port = env.replaceAll(".*SERVER_PORT=(\\d+).*", "$1");
        assertThat(all("EXPOSE")).containsExactly(port);
        assertThat(Files.readString(Path.of("README.md"))).containsPattern("docker run [^\\n]*-e SITE_BASE_URL=https://");
    }

    @Test
    void theHealthcheckAsksTheHealthEndpointOnWhateverPortServerPortSays() throws Exception {
        List<String> healthchecks = all("HEALTHCHECK");

        assertThat(healthchecks).singleElement().asString().contains("CMD ", "${SERVER_PORT}", "/actuator/health")
                .doesNotContainPattern("localhost:\\d");
        String command = healthchecks.get(0).replaceFirst(".*?CMD ", "");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        assertThat(run(command, port)).as("healthcheck against the site on port " + port).isZero();
        assertThat(run(command, 1)).as("healthcheck against a port nothing listens on").isNotZero();
    }

    @Test
    void theJarIsCopiedInLayersFromTheLeastToTheMostOftenChanged() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        List<String> copies = all("COPY").stream().filter(copy -> copy.startsWith("--from=build")).toList();

        assertThat(dockerfile).contains("java -Djarmode=tools -jar target/career-guide.jar extract --layers --destination extracted");
        assertThat(copies).containsExactly("--from=build /build/extracted/dependencies/ ./",
                "--from=build /build/extracted/spring-boot-loader/ ./", "--from=build /build/extracted/snapshot-dependencies/ ./",
                "--from=build /build/extracted/application/ ./");
        assertThat(all("ENTRYPOINT")).containsExactly("[\"java\", \"-jar\", \"/app/career-guide.jar\"]");
        assertThat(all("WORKDIR")).containsExactly("/app");
    }

    @Test
    void theBuildContextLeavesOutBuildOutputs() throws IOException {
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target/", "out/", ".git/");
    }

    private static int run(String command, int port) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        shell.environment().put("SERVER_PORT", String.valueOf(port));
        Process process = shell.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
