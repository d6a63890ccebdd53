package org.hearth.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic return's command line: what it writes, and arguments it refuses naming the option (exit 2). */
class Generate903CommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Generate903Command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesBothYearsAndTheDeliberateErrors() throws IOException {
        int status = run(dir.toString(), "--children", "30", "--year", "2027", "--errors", "0.5", "--seed", "7",
                "--id-prefix", "G");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("current/header.csv")).exists();
        assertThat(dir.resolve("previous/episodes.csv")).exists();
        assertThat(Files.readAllLines(dir.resolve("current/header.csv"))).hasSize(31)
                .allSatisfy(line -> assertThat(line).satisfiesAnyOf(l -> assertThat(l).startsWith("CHILD,"),
                        l -> assertThat(l).startsWith("G")));
        assertThat(Files.readAllLines(dir.resolve("deliberate-errors.csv")).get(0))
                .isEqualTo("child_id,table,column,value,rule_code");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generate-903: 30 children");
    }

    @Test
    void refusesAWrongValueOrAnUnknownOptionNamingIt() {
        assertThat(run(dir.toString(), "--children", "many")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--children'", "'many'", "Usage: generate-903");

        err.reset();
        assertThat(run(dir.toString(), "--chidlren", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'--chidlren'", "--children");

        err.reset();
        assertThat(run(dir.toString(), "--errors", "2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--errors 2.0: give a share from 0 to 1");

        err.reset();
        assertThat(run("--children", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FOLDER missing");
        assertThat(dir.resolve("current")).doesNotExist();
    }
}
