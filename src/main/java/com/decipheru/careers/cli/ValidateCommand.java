package com.decipheru.careers.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import com.decipheru.careers.content.ContentLoader;
import com.decipheru.careers.content.ContentProblem;
import com.decipheru.careers.content.LoadResult;

/**
 * {@code validate [DIR] [--format=text|github]}: checks every file, prints every problem and a summary,
 * and exits 1 on any error. The github format prints workflow annotations that mark the lines in a PR.
 */
final class ValidateCommand {

    static final String USAGE = """
            usage: java -jar career-guide.jar validate [DIR] [--format=text|github]
            Checks every content file without starting the site, prints each problem as
            path:line:column: severity: message, then a summary.
              DIR              the content folder (default: SITE_CONTENT_DIR, else content)
              --format=github  GitHub Actions annotations instead of plain lines
            Exit status: 0 when there is no error, 1 on any error, 2 on bad arguments.""";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ValidateCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    int run(List<String> args) {
        if (args.stream().anyMatch(Commands::isHelp)) {
            out.println(USAGE);
            return 0;
        }
        String format = "text";
        String dir = null;
        for (String arg : args) {
            if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length());
            } else if (arg.startsWith("-") || dir != null) {
                err.println("validate: unexpected argument '" + arg + "'\n" + USAGE);
                return 2;
            } else {
                dir = arg;
            }
        }
        if (!format.equals("text") && !format.equals("github")) {
            err.println("validate: unknown format '" + format + "' (use text or github)");
            return 2;
        }
        LoadResult result = ContentLoader.forChecking(clock).load(Commands.contentDir(dir));
        boolean github = format.equals("github");
        result.problems().forEach(problem -> out.println(github ? annotation(problem) : problem.toString()));
        out.println(summary(result));
        return result.errors().isEmpty() ? 0 : 1;
    }

    static String summary(LoadResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + " in " + result.fileCount() + (result.fileCount() == 1 ? " file" : " files");
    }

    /** A GitHub Actions workflow command; its properties and message are escaped as GitHub specifies. */
    static String annotation(ContentProblem problem) {
        return "::" + (problem.isError() ? "error" : "warning") + " file=" + property(problem.path()) + ",line="
                + problem.line() + ",col=" + problem.column() + "::" + data(problem.message());
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
