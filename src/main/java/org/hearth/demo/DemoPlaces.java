package org.hearth.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.hearth.places.ContactService;
import org.hearth.places.ContactsDirectory;
import org.hearth.places.LocalAuthorities;
import org.hearth.places.LocalAuthority;
import org.hearth.places.PlacesImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo places: the full ONS postcode directory and authority lookup when they are found in
 * {@code hearth.places.reference-directory} (../shared/reference by default; never committed), otherwise the
 * shipped sample of the demo postcodes (src/main/resources/places, see its README); then one clearly fictional
 * contact per service for every English authority, with Ofcom's drama numbers (01632 960000 to 960999) and
 * example.org addresses, about a quarter last verified more than 12 months ago so the stale flag shows.
 */
@Component
class DemoPlaces {

    private static final Logger log = LoggerFactory.getLogger(DemoPlaces.class);

    private final PlacesImports imports;
    private final ContactsDirectory contacts;
    private final LocalAuthorities authorities;
    private final Clock clock;
    private final Path referenceDirectory;

    DemoPlaces(PlacesImports imports, ContactsDirectory contacts, LocalAuthorities authorities, Clock clock,
            @Value("${hearth.places.reference-directory:../shared/reference}") String referenceDirectory) {
        this.imports = imports;
        this.contacts = contacts;
        this.authorities = authorities;
        this.clock = clock;
        this.referenceDirectory = Path.of(referenceDirectory);
    }

    void load(long seed) {
        long started = System.nanoTime();
        Optional<Path> directory = find("onspd*.csv.gz").or(() -> find("onspd*.csv"));
        Optional<Path> lookup = find("ltla-to-utla*.csv");
        try {
            if (directory.isPresent() && lookup.isPresent()) {
                try (InputStream l = Files.newInputStream(lookup.get());
                        InputStream d = Files.newInputStream(directory.get())) {
                    imports.importAuthorityLookup(null, l, lookup.get().getFileName().toString());
                    imports.importPostcodeDirectory(null, d, directory.get().getFileName().toString());
                }
                log.info("Imported the full postcode directory from {}", directory.get());
            } else {
                try (InputStream l = DemoPlaces.class.getResourceAsStream("/places/demo-ltla-to-utla.csv");
                        InputStream d = DemoPlaces.class.getResourceAsStream("/places/demo-postcodes.csv")) {
                    imports.importAuthorityLookup(null, l, "demo-ltla-to-utla.csv (shipped sample)");
                    imports.importPostcodeDirectory(null, d, "demo-postcodes.csv (shipped sample)");
                }
                log.info("Imported the shipped demo postcodes (no reference files in {})", referenceDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        contacts.importCsv(null, new java.io.ByteArrayInputStream(contactsCsv(seed).getBytes(StandardCharsets.UTF_8)),
                "demo contacts (fictional)");
        log.info("Demo places loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private Optional<Path> find(String glob) {
        if (!Files.isDirectory(referenceDirectory)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(referenceDirectory, glob)) {
            for (Path file : files) {
                return Optional.of(file);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String contactsCsv(long seed) {
        Random random = new Random(seed ^ 0x9e3779b97f4a7c15L);
        LocalDate today = LocalDate.now(clock);
        StringBuilder csv = new StringBuilder(String.join(",", ContactsDirectory.CSV_COLUMNS)).append('\n');
        int number = 0;
        for (LocalAuthority authority : authorities.all()) {
            String slug = authority.name().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "");
            for (ContactService service : ContactService.values()) {
                String serviceSlug = service.name().toLowerCase(Locale.UK).replace('_', '-');
                // about a quarter verified 13 to 30 months ago: stale under the 12-month default
                LocalDate verified = random.nextInt(4) == 0 ? today.minusMonths(13 + random.nextInt(18))
                        : today.minusDays(random.nextInt(330));
                csv.append(authority.code()).append(',').append(service.name()).append(',')
                        .append(quote("Demo " + authority.name() + " " + service.title().toLowerCase(Locale.UK)
                                + " (fictional)")).append(',')
                        .append(String.format("01632 960%03d", number++ % 1000)).append(',')
                        .append(serviceSlug).append('.').append(slug).append("@example.org,")
                        .append(quote("1 Example Street, " + authority.name())).append(',')
                        .append("https://example.org/").append(slug).append('/').append(serviceSlug).append(',')
                        .append(verified).append('\n');
            }
        }
        return csv.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
