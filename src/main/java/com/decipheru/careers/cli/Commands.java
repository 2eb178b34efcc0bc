package com.decipheru.careers.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The jar's commands besides serving the site: {@code validate} and {@code new-role} start neither
 * Spring nor a web server; {@code export} runs the site on a loopback port to save its pages.
 */
public final class Commands {

    static final String USAGE = """
            usage: java -jar career-guide.jar                         serve the site
                   java -jar career-guide.jar validate [DIR] [--format=text|github]
                   java -jar career-guide.jar new-role <vertical> <slug> [DIR]
                   java -jar career-guide.jar export OUT_DIR [--site.base-url=https://...]""";

    private Commands() {
    }

    /** The exit code of the command named by the arguments, or empty when they ask for the server. */
    public static OptionalInt run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return OptionalInt.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> OptionalInt.of(new ValidateCommand(out, err, clock).run(rest));
            case "new-role" -> OptionalInt.of(new NewRoleCommand(out, err, clock).run(rest));
            case "export" -> OptionalInt.of(new ExportCommand(out, err).run(rest));
            case "help" -> {
                out.println(USAGE);
                yield OptionalInt.of(0);
            }
            default -> {
                err.println("unknown command '" + args[0] + "'\n" + USAGE);
                yield OptionalInt.of(2);
            }
        };
    }

    /** The content folder: the one given, else SITE_CONTENT_DIR, else {@code content}. */
    static java.nio.file.Path contentDir(String given) {
        if (given != null) {
            return java.nio.file.Path.of(given);
        }
        String fromEnvironment = System.getenv("SITE_CONTENT_DIR");
        return java.nio.file.Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "content" : fromEnvironment);
    }
}
