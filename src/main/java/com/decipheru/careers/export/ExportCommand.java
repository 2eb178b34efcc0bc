package com.decipheru.careers.export;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import com.decipheru.careers.runtime.LiveCatalogue;

/**
 * {@code export OUT_DIR [--site.base-url=https://...] [other --properties]}: starts the site on a free
 * loopback port, writes every public page and file to OUT_DIR, and stops it.
 */
public final class ExportCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String[], ConfigurableApplicationContext> site;

    /** @param site starts the site with the given arguments */
    public ExportCommand(PrintStream out, PrintStream err, Function<String[], ConfigurableApplicationContext> site) {
        this.out = out;
        this.err = err;
        this.site = site;
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("-") || args.stream().skip(1).anyMatch(a -> !a.startsWith("--"))) {
            err.println("export: give the output folder, then any --property=value\n"
                    + "usage: java -jar career-guide.jar export OUT_DIR [--site.base-url=https://...]");
            return 2;
        }
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--site.watch=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        springArgs.addAll(args.subList(1, args.size()));
        try (ConfigurableApplicationContext running = site.apply(springArgs.toArray(String[]::new))) {
            String origin = "http://127.0.0.1:" + running.getEnvironment().getProperty("local.server.port");
            Path target = Path.of(args.get(0));
            int files = new StaticExport(origin, target).export(running.getBean(LiveCatalogue.class).current());
            out.println("Exported " + files + " files to " + target);
            return 0;
        } catch (Exception e) {
            err.println("export failed: " + e.getMessage());
            return 1;
        }
    }
}
