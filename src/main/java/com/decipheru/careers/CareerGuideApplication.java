package com.decipheru.careers;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import com.decipheru.careers.cli.Commands;
import com.decipheru.careers.export.ExportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerGuideApplication {

    public static void main(String[] args) {
        OptionalInt command = command(args, System.out, System.err, Clock.systemUTC());
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        start(args);
    }

    /** Runs the command the arguments name; empty when they ask for the web server. */
    public static OptionalInt command(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return Commands.run(args, out, err, clock,
                Map.of("export", rest -> new ExportCommand(out, err, CareerGuideApplication::start).run(rest)));
    }

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CareerGuideApplication.class).run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
