package com.decipheru.careers.cli;

import java.io.PrintStream;
import java.time.Clock;

/** Lets tests in other packages run a command as the jar would. */
public final class CommandsAccess {

    private CommandsAccess() {
    }

    public static int run(PrintStream out, String... args) {
        return Commands.run(args, out, out, Clock.systemUTC()).orElseThrow();
    }
}
