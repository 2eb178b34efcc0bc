package com.decipheru.careers.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

import com.decipheru.careers.runtime.SiteProperties;

/**
 * The jar's commands besides serving the site: {@code validate} and {@code new-role} start neither
 * Spring nor a web server; commands that need the running site (the export) are handed in by the
 * application.
 */
public final class Commands {

    public static final String USAGE = """
            usage: java -jar career-guide.jar [--property=value ...]     serve the site
                   java -jar career-guide.jar validate [DIR] [--format=text|github]
                   java -jar career-guide.jar new-role <vertical> <slug> [DIR]
                   java -jar career-guide.jar export [OUT_DIR] --site.base-url=https://...
                   java -jar career-guide.jar help [COMMAND]             this text, or a command's
            Settings, as --property=value or environment variable:
              --site.content-dir  SITE_CONTENT_DIR  the content folder (default: content)
              --site.base-url     SITE_BASE_URL     the public address in canonical links, the sitemap
                                                    and the feed (default: http://localhost:<port>)
              --server.port       SERVER_PORT       the HTTP port (default: 8080)
              --site.preview      SITE_PREVIEW      editors' preview with drafts (default: false)
              --site.watch        SITE_WATCH        reload content when it changes (default: true)""";

    private static final List<String> HELP_FLAGS = List.of("--help", "-h");

    /** A command of the jar: its arguments after the command's name in, an exit code out. */
    @FunctionalInterface
    public interface Command {
        int run(List<String> args);
    }

    private Commands() {
    }

    /** The exit code of the command named by the arguments, or empty when they ask for the server. */
    public static OptionalInt run(String[] args, PrintStream out, PrintStream err, Clock clock, Map<String, Command> others) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return Arrays.stream(args).anyMatch(Commands::isHelp) ? OptionalInt.of(usage(out)) : OptionalInt.empty();
        }
        if (args[0].equals("help")) {
            return OptionalInt.of(args.length == 1 ? usage(out) : help(args[1], out, err, clock, others));
        }
        return OptionalInt.of(command(args[0], out, err, clock, others).run(Arrays.asList(args).subList(1, args.length)));
    }

    /** True for {@code --help} and {@code -h}: the jar and each command print their usage for them. */
    public static boolean isHelp(String arg) {
        return HELP_FLAGS.contains(arg);
    }

    private static Command command(String name, PrintStream out, PrintStream err, Clock clock, Map<String, Command> others) {
        return switch (name) {
            case "validate" -> new ValidateCommand(out, err, clock)::run;
            case "new-role" -> new NewRoleCommand(out, err, clock)::run;
            default -> others.getOrDefault(name, ignored -> {
                err.println("unknown command '" + name + "'\n" + USAGE);
                return 2;
            });
        };
    }

    private static int help(String name, PrintStream out, PrintStream err, Clock clock, Map<String, Command> others) {
        return command(name, out, err, clock, others).run(List.of("--help"));
    }

    private static int usage(PrintStream out) {
        out.println(USAGE);
        return 0;
    }

    /** The content folder: the one given, else {@code site.content-dir} as the site would bind it. */
    static Path contentDir(String given) {
        if (given != null) {
            return Path.of(given);
        }
        return Binder.get(new StandardEnvironment()).bindOrCreate("site", SiteProperties.class).contentDir();
    }
}
