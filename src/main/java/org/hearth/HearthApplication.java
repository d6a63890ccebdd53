package org.hearth;

import java.time.Clock;
import java.time.ZoneId;

import org.hearth.returns.Generate903Command;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HearthApplication {

    /** Dates in Hearth are English dates: "today" is today in London. Tests replace this with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    public static void main(String[] args) {
        // commands for scripts run without the database or the web server
        if (args.length > 0 && Generate903Command.NAME.equals(args[0])) {
            System.exit(Generate903Command.run(args, System.out, System.err));
        }
        SpringApplication.run(HearthApplication.class, args);
    }
}
