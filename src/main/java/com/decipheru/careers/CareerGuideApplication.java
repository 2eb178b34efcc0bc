package com.decipheru.careers;

import java.time.Clock;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import com.decipheru.careers.cli.Commands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerGuideApplication {

    public static void main(String[] args) {
        OptionalInt command = Commands.run(args, System.out, System.err, Clock.systemUTC());
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(CareerGuideApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
