package com.decipheru.careers;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds back everything a test class prints, logs included, and shows it only for a test that fails.
 * Spring Boot's {@code OutputCaptureExtension} captures output but also passes it on to the console; registered
 * after this extension, it passes it here instead, so a test that expects an error asserts on its
 * {@code CapturedOutput} and a green build stays quiet:
 * {@code @ExtendWith({QuietConsole.class, OutputCaptureExtension.class})}.
 */
public final class QuietConsole implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    @Override
    public void beforeAll(ExtensionContext context) {
        out = System.out;
        err = System.err;
        PrintStream hold = new PrintStream(held, true, StandardCharsets.UTF_8);
        System.setOut(hold);
        System.setErr(hold);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        release(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setOut(out);
        System.setErr(err);
        release(context);
    }

    /** Prints what was held back if the test (or the class) failed, then forgets it. */
    private void release(ExtensionContext context) {
        synchronized (held) {
            if (context.getExecutionException().isPresent()) {
                out.println("Output of " + context.getDisplayName() + ", which failed:");
                out.print(held.toString(StandardCharsets.UTF_8));
                out.flush();
            }
            held.reset();
        }
    }
}
