package org.hearth.places;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hearth.access.CurrentUser;
import org.hearth.places.internal.AuthorityDirectory;
import org.hearth.places.internal.PlacesImportLog;
import org.hearth.places.internal.PlacesRepository;
import org.hearth.places.internal.PlacesRepository.ImportRecord;
import org.hearth.places.internal.PostcodeDirectoryLoader;
import org.hearth.places.internal.PostcodeIndex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of the ONS Postcode Directory and the ONS LTLA->UTLA lookup. Each is all or nothing in one transaction:
 * a refused file changes nothing, and the refusal is logged with its row report (places_import) for the
 * administrator's page. After an import commits, {@link PostcodeDirectoryImported} is published so that others
 * resolve postcodes again.
 */
@Service
public class PlacesImports {

    public static final String POSTCODE_DIRECTORY = "POSTCODE_DIRECTORY";
    public static final String AUTHORITY_LOOKUP = "AUTHORITY_LOOKUP";
    public static final String AUTHORITY_CONTACTS = "AUTHORITY_CONTACTS";

    private final PostcodeDirectoryLoader postcodes;
    private final PlacesRepository repository;
    private final PlacesImportLog log;
    private final PostcodeIndex index;
    private final AuthorityDirectory authorities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlacesImports(PostcodeDirectoryLoader postcodes, PlacesRepository repository, PlacesImportLog log,
            PostcodeIndex index, AuthorityDirectory authorities, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.postcodes = postcodes;
        this.repository = repository;
        this.log = log;
        this.index = index;
        this.authorities = authorities;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Replaces the postcode directory with an ONSPD CSV file (plain or .gz; columns pcds, oslaua, oseast1m, osnrth1m
     * found by name, others ignored).
     *
     * @param user who imports it; null for the demo loader
     * @throws ImportRefusedException with the row report when anything in the file is wrong
     */
    public ImportResult importPostcodeDirectory(CurrentUser user, InputStream file, String source) {
        return run(POSTCODE_DIRECTORY, user, source, () -> {
            int loaded = postcodes.load(file);
            repository.computeCentroids();
            List<ImportProblem> reported = repository.unknownDistricts();
            Instant at = clock.instant();
            events.publishEvent(new PostcodeDirectoryImported(loaded, at));
            return new ImportResult(POSTCODE_DIRECTORY, loaded, String.format("%,d postcodes imported", loaded),
                    reported, at);
        });
    }

    /** Replaces the authorities and districts with an ONS LTLA->UTLA lookup CSV file. */
    public ImportResult importAuthorityLookup(CurrentUser user, InputStream file, String source) {
        return run(AUTHORITY_LOOKUP, user, source, () -> {
            var read = org.hearth.places.internal.AuthorityLookupReader.read(file);
            repository.replaceAuthorities(read.authorities(), read.districts(), read.sources());
            repository.computeCentroids();
            List<ImportProblem> reported = repository.unknownDistricts();
            Instant at = clock.instant();
            events.publishEvent(new PostcodeDirectoryImported((int) repository.postcodeCount(), at));
            long english = read.authorities().stream().filter(a -> a.code().startsWith("E")).count();
            return new ImportResult(AUTHORITY_LOOKUP, read.rows(), read.districts().size() + " districts in "
                    + read.authorities().size() + " upper-tier authorities (" + english + " English) imported",
                    reported, at);
        });
    }

    private ImportResult run(String kind, CurrentUser user, String source, java.util.function.Supplier<ImportResult> work) {
        String from = source == null || source.isBlank() ? "uploaded file" : source;
        try {
            ImportResult result = transaction.execute(status -> {
                ImportResult done = work.get();
                repository.recordImport(kind, "IMPORTED", from, done.rows(), done.summary(), done.reported(),
                        user == null ? null : user.id(), user == null ? "Hearth (demo data)" : user.displayName());
                return done;
            });
            index.forget();
            authorities.forget();
            return result;
        } catch (ImportRefusedException refused) {
            log.refused(kind, from, refused, user);
            throw refused;
        }
    }

    /** After the tables change outside an import (a test emptying them): read them again on next use. */
    public void forgetCachedDirectory() {
        index.forget();
        authorities.forget();
    }

    /** The last import of a kind, imported or refused. */
    public Optional<ImportRecord> lastImport(String kind) {
        return repository.lastImport(kind);
    }

    /** Counts for the administrator's page. */
    public record Counts(long postcodes, long districts, long authorities) {
    }

    public Counts counts() {
        return new Counts(repository.postcodeCount(), repository.districtCount(), repository.authorityCount());
    }
}
