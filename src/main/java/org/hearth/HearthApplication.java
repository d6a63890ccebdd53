package org.hearth;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;

import org.hearth.returns.Generate903Command;
import org.hearth.returns.Validate903Command;
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
        // commands for scripts (issue 8): no Spring context, no database
        if (args.length > 0 && Validate903Command.NAME.equals(args[0])) {
            System.exit(Validate903Command.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && Generate903Command.NAME.equals(args[0])) {
            System.exit(Generate903Command.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(HearthApplication.class, args);
    }
}
