package com.decipheru.careers.export;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.decipheru.careers.http.SecurityHeadersFilter;
import com.decipheru.careers.runtime.LiveCatalogue;
import com.decipheru.careers.runtime.SiteProperties;

/**
 * {@code export [OUT_DIR] --site.base-url=https://... [other --properties]}: starts the site on a free
 * loopback port, writes every public page and file to OUT_DIR, and stops it.
 */
public final class ExportCommand {

    public static final String USAGE = """
            usage: java -jar career-guide.jar export [OUT_DIR] --site.base-url=https://... [--property=value ...]
            Starts the site on a free loopback port and writes every public page and file to OUT_DIR (default: out),
            byte for byte what the server sends, with the rules that make a static host answer like the server:
            _redirects and _headers (Netlify, Cloudflare Pages) and nginx-site.conf. The base URL (or SITE_BASE_URL)
            is required: it is the address in canonical links, the sitemap and the feed.""";
    static final String DEFAULT_OUT = "out";

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
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        boolean folderGiven = !args.isEmpty() && !args.get(0).startsWith("-");
        List<String> properties = args.subList(folderGiven ? 1 : 0, args.size());
        if (properties.stream().anyMatch(arg -> !arg.startsWith("--"))) {
            err.println("export: give the output folder, then any --property=value\n" + USAGE);
            return 2;
        }
        if (!hasBaseUrl(properties)) {
            err.println("export: give the site's public address with --site.base-url=https://... (or SITE_BASE_URL);"
                    + " canonical links, the sitemap and the feed use it\n" + USAGE);
            return 2;
        }
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--site.watch=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        springArgs.addAll(properties);
        Path target = Path.of(folderGiven ? args.get(0) : DEFAULT_OUT);
        try (ConfigurableApplicationContext running = site.apply(springArgs.toArray(String[]::new))) {
            String origin = "http://127.0.0.1:" + running.getEnvironment().getProperty("local.server.port");
            boolean https = running.getBean(SiteProperties.class).baseUrl().startsWith("https://");
            int files = new StaticExport(origin, target, SecurityHeadersFilter.headers(https))
                    .export(running.getBean(LiveCatalogue.class).current());
            out.println("Exported " + files + " files to " + target.toAbsolutePath().normalize());
            return 0;
        } catch (Exception e) {
            err.println("export failed: " + e.getMessage());
            return 1;
        }
    }

    /** The base URL as the site would bind it: a --site.base-url argument, SITE_BASE_URL or a system property. */
    private static boolean hasBaseUrl(List<String> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(properties.toArray(String[]::new)));
        return environment.containsProperty("site.base-url");
    }
}
