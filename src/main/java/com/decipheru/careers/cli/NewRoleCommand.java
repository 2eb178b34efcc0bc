package com.decipheru.careers.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.decipheru.careers.content.RoleScaffold;

/** {@code new-role <vertical> <slug> [DIR]}: writes a draft guide with every field, never overwriting. */
final class NewRoleCommand {

    static final String USAGE = """
            usage: java -jar career-guide.jar new-role <vertical> <slug> [DIR]
            Writes roles/<vertical>/<slug>.md in the content folder as a draft with every field and a
            comment on each, and never overwrites a file.
              DIR  the content folder (default: SITE_CONTENT_DIR, else content)""";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    NewRoleCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(List<String> args) {
        if (args.stream().anyMatch(Commands::isHelp)) {
            out.println(USAGE);
            return 0;
        }
        if (args.size() < 2 || args.size() > 3) {
            err.println("new-role: give a vertical and a slug\n" + USAGE);
            return 2;
        }
        try {
            Path file = new RoleScaffold(Commands.contentDir(args.size() == 3 ? args.get(2) : null))
                    .create(args.get(0), args.get(1), LocalDate.now(clock));
            out.println("Wrote " + file + " (a draft: fill in every TODO, then set draft: false)");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("new-role: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("new-role: cannot write the guide: " + e.getMessage());
            return 1;
        }
    }
}
