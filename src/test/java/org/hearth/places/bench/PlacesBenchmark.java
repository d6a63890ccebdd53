package org.hearth.places.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hearth.HearthApplication;
import org.hearth.places.PlacesImports;
import org.hearth.places.Residences;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: run by bench/places.sh against the stress database (heap capped as in production). Optionally imports
 * the full postcode directory in-process, then measures Residences.ofAll over every child's current postcode (and
 * 200,000 postcodes from the directory), and single look-ups, after warming up.
 * <pre>java -Xmx512m -cp ... org.hearth.places.bench.PlacesBenchmark DATA_DIR [ONSPD.csv.gz LOOKUP.csv]</pre>
 */
public final class PlacesBenchmark {

    private PlacesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // a system property, so that it wins over application.yml's HEARTH_DATA_DIR default
        System.setProperty("hearth.database.embedded.data-directory", args[0]);
        SpringApplication app = new SpringApplication(HearthApplication.class);
        for (String[] setting : new String[][] {{"hearth.demo.enabled", "false"},
            {"hearth.oversight.recalculate-at-start-up", "false"}, {"hearth.oversight.daily-recalculation", "-"},
            {"logging.level.root", "WARN"}, {"server.port", "0"}}) {
            System.setProperty(setting[0], setting[1]);
        }
        try (ConfigurableApplicationContext context = app.run()) {
            PlacesImports imports = context.getBean(PlacesImports.class);
            Residences residences = context.getBean(Residences.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            if (args.length >= 3) {
                try (InputStream lookup = Files.newInputStream(Path.of(args[2]))) {
                    imports.importAuthorityLookup(null, lookup, "benchmark");
                }
                long started = System.nanoTime();
                try (InputStream directory = Files.newInputStream(Path.of(args[1]))) {
                    var result = imports.importPostcodeDirectory(null, directory, "benchmark");
                    System.out.printf("RESULT import in-process: %,d postcodes in %.1f s%n", result.rows(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            List<String> children = jdbc.sql("SELECT current_postcode FROM child").query(String.class).list();
            List<String> directory = jdbc.sql("SELECT postcode FROM postcode TABLESAMPLE SYSTEM (10) LIMIT 200000")
                    .query(String.class).list();
            long loadStart = System.nanoTime();
            residences.of("LU5 4QQ");
            System.out.printf("RESULT index load (first use): %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("RESULT heap in use after loading the index: %d MB of %d MB%n",
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            bulk("children's current postcodes", residences, children);
            bulk("postcodes from the directory", residences, directory);
            single(residences, directory);
        }
    }

    private static void bulk(String what, Residences residences, List<String> postcodes) {
        for (int i = 0; i < 5; i++) {
            residences.ofAll(postcodes);
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            var resolved = residences.ofAll(postcodes);
            long took = System.nanoTime() - started;
            best = Math.min(best, took);
            if (resolved.isEmpty() && !postcodes.isEmpty()) {
                throw new IllegalStateException("nothing resolved");
            }
        }
        System.out.printf("RESULT bulk ofAll, %s: %,d postcodes in %.1f ms = %,.0f postcodes/s (best of 5)%n", what,
                postcodes.size(), best / 1e6, postcodes.size() / (best / 1e9));
    }

    private static void single(Residences residences, List<String> postcodes) {
        Random random = new Random(6);
        for (int i = 0; i < 50_000; i++) {
            residences.of(postcodes.get(random.nextInt(postcodes.size())));
        }
        long[] nanos = new long[20_000];
        for (int i = 0; i < nanos.length; i++) {
            String postcode = postcodes.get(random.nextInt(postcodes.size()));
            long started = System.nanoTime();
            residences.of(postcode);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("RESULT single Residences.of: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }

}
