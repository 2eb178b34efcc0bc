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
            usage: java -jar career-guide.jar                         serve the site
                   java -jar career-guide.jar validate [DIR] [--format=text|github]
                   java -jar career-guide.jar new-role <vertical> <slug> [DIR]
                   java -jar career-guide.jar export OUT_DIR [--site.base-url=https://...]""";

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
            return OptionalInt.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Command command = switch (args[0]) {
            case "validate" -> new ValidateCommand(out, err, clock)::run;
            case "new-role" -> new NewRoleCommand(out, err, clock)::run;
            case "help" -> ignored -> {
                out.println(USAGE);
                return 0;
            };
            default -> others.getOrDefault(args[0], ignored -> {
                err.println("unknown command '" + args[0] + "'\n" + USAGE);
                return 2;
            });
        };
        return OptionalInt.of(command.run(rest));
    }

    /** The content folder: the one given, else {@code site.content-dir} as the site would bind it. */
    static Path contentDir(String given) {
        if (given != null) {
            return Path.of(given);
        }
        return Binder.get(new StandardEnvironment()).bindOrCreate("site", SiteProperties.class).contentDir();
    }
}
