package org.hearth.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hearth.access.CurrentUser;
import org.hearth.places.internal.ContactRepository;
import org.hearth.places.internal.ContactRepository.StoredContact;
import org.hearth.places.internal.PlacesImportLog;
import org.hearth.places.internal.PlacesRepository;
import org.hearth.policy.Policies;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contacts directory (issue 6): for every English children's services authority, the local services a young
 * person living there may need. Added, changed and removed one at a time with optimistic locking, or imported from
 * CSV (see {@link #CSV_COLUMNS}). A contact not verified within {@code places.contacts.stale-after} (12 months by
 * default) is stale.
 */
@Service
public class ContactsDirectory implements AuthorityContacts {

    public static final String STALE_AFTER = "places.contacts.stale-after";

    /**
     * The CSV layout: a header naming these columns (any order, any case; others ignored), one contact a row. service
     * is one of {@link ContactService}; last_verified_on is yyyy-mm-dd or empty. An import replaces the contacts of
     * every authority the file names and leaves the others alone.
     */
    public static final List<String> CSV_COLUMNS = List.of("authority_code", "service", "name", "phone", "email",
            "address", "website", "last_verified_on");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{10,20}");

    private final ContactRepository contacts;
    private final LocalAuthorities authorities;
    private final Policies policies;
    private final PlacesRepository imports;
    private final PlacesImportLog importLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ContactsDirectory(ContactRepository contacts, LocalAuthorities authorities, Policies policies,
            PlacesRepository imports, PlacesImportLog importLog, PlatformTransactionManager transactions,
            Clock clock) {
        this.contacts = contacts;
        this.authorities = authorities;
        this.policies = policies;
        this.imports = imports;
        this.importLog = importLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthorityContact> of(String authorityCode) {
        LocalDate staleBefore = staleBefore();
        return contacts.of(authorityCode).stream().map(c -> view(c, staleBefore)).toList();
    }

    @Transactional(readOnly = true)
    public AuthorityContact find(UUID id) {
        return contacts.find(id).map(c -> view(c, staleBefore()))
                .orElseThrow(() -> new RecordNotFoundException("No contact with id " + id));
    }

    /** An authority with how many contacts it has and how many are stale. */
    public record AuthoritySummary(LocalAuthority authority, int contacts, int stale) {
    }

    @Transactional(readOnly = true)
    public List<AuthoritySummary> summaries() {
        Map<String, int[]> counts = contacts.counts(staleBefore());
        return authorities.all().stream().map(a -> {
            int[] c = counts.getOrDefault(a.code(), new int[2]);
            return new AuthoritySummary(a, c[0], c[1]);
        }).toList();
    }

    /** Contacts last verified before this date are stale. */
    public LocalDate staleBefore() {
        LocalDate today = LocalDate.now(clock);
        return today.minus(policies.period(STALE_AFTER, today));
    }

    @Transactional
    public AuthorityContact add(CurrentUser user, String authorityCode, ContactDetails details) {
        LocalAuthority authority = authority(authorityCode);
        ContactDetails checked = check(details, "");
        UUID id = UUID.randomUUID();
        contacts.add(id, authority.code(), checked, user.id(), user.displayName());
        return find(id);
    }

    @Transactional
    public AuthorityContact change(CurrentUser user, UUID id, int version, ContactDetails details) {
        StoredContact current = contacts.find(id)
                .orElseThrow(() -> new RecordNotFoundException("No contact with id " + id));
        ContactDetails checked = check(details, "");
        if (!contacts.change(id, version, checked, user.id(), user.displayName())) {
            throw new StaleEditException("Someone else changed this contact after you opened it", current.version());
        }
        return find(id);
    }

    @Transactional
    public void remove(CurrentUser user, UUID id, int version) {
        StoredContact current = contacts.find(id)
                .orElseThrow(() -> new RecordNotFoundException("No contact with id " + id));
        if (!contacts.remove(id, version)) {
            throw new StaleEditException("Someone else changed this contact after you opened it", current.version());
        }
    }

    /**
     * Imports contacts from CSV ({@link #CSV_COLUMNS}): all or nothing, with a row report; an authority code Hearth
     * does not know as an English children's services authority is a row error.
     */
    public ImportResult importCsv(CurrentUser user, InputStream file, String source) {
        String from = source == null || source.isBlank() ? "uploaded file" : source;
        try {
            return transaction.execute(status -> {
                Map<String, List<ContactDetails>> read = read(file);
                contacts.removeAllOf(read.keySet());
                int count = 0;
                for (var entry : read.entrySet()) {
                    for (ContactDetails details : entry.getValue()) {
                        contacts.add(UUID.randomUUID(), entry.getKey(), details, user == null ? null : user.id(),
                                user == null ? "Hearth (demo data)" : user.displayName());
                        count++;
                    }
                }
                String summary = count + " contacts imported for " + read.size()
                        + (read.size() == 1 ? " authority" : " authorities");
                imports.recordImport(PlacesImports.AUTHORITY_CONTACTS, "IMPORTED", from, count, summary, List.of(),
                        user == null ? null : user.id(), user == null ? "Hearth (demo data)" : user.displayName());
                return new ImportResult(PlacesImports.AUTHORITY_CONTACTS, count, summary, List.of(), clock.instant());
            });
        } catch (ImportRefusedException refused) {
            importLog.refused(PlacesImports.AUTHORITY_CONTACTS, from, refused, user);
            throw refused;
        }
    }

    private Map<String, List<ContactDetails>> read(InputStream file) {
        Map<String, List<ContactDetails>> read = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String heading : parser.getHeaderNames()) {
                columns.put(heading.replace("\ufeff", "").trim().toLowerCase(Locale.ROOT), heading);
            }
            List<ImportProblem> missing = new ArrayList<>();
            for (String wanted : CSV_COLUMNS) {
                if (!columns.containsKey(wanted)) {
                    missing.add(new ImportProblem(1, wanted, "", "The header has no column called " + wanted));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRefusedException("The contacts were not imported: the file does not have the columns "
                        + String.join(", ", CSV_COLUMNS), missing, missing.size());
            }
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                java.util.function.Function<String, String> cell = name -> {
                    String value = record.isSet(columns.get(name)) ? record.get(columns.get(name)) : "";
                    return value == null ? "" : value.trim();
                };
                String code = cell.apply("authority_code");
                if (authorities.find(code).isEmpty()) {
                    problems.add(new ImportProblem(row, "authority_code", code, code.isEmpty() ? "No authority code"
                            : "Not an English children's services authority Hearth knows (import the local authority "
                                    + "lookup first)"));
                }
                ContactService service = null;
                try {
                    service = ContactService.valueOf(cell.apply("service").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(row, "service", cell.apply("service"), "Not one of "
                            + java.util.Arrays.toString(ContactService.values())));
                }
                LocalDate verified = null;
                String verifiedText = cell.apply("last_verified_on");
                if (!verifiedText.isEmpty()) {
                    try {
                        verified = LocalDate.parse(verifiedText);
                    } catch (DateTimeParseException e) {
                        problems.add(new ImportProblem(row, "last_verified_on", verifiedText, "Not a date in the form "
                                + "2026-03-31"));
                    }
                }
                ContactDetails details = new ContactDetails(service, cell.apply("name"), cell.apply("phone"),
                        cell.apply("email"), cell.apply("address"), cell.apply("website"), verified);
                try {
                    ContactDetails checked = check(details, "");
                    read.computeIfAbsent(code, c -> new ArrayList<>()).add(checked);
                } catch (InvalidInputException e) {
                    // the service was reported above already
                    e.problems().stream().filter(p -> !p.field().equals("service"))
                            .forEach(p -> problems.add(new ImportProblem(row, column(p.field()),
                                    cell.apply(column(p.field())), p.message())));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRefusedException("The contacts file could not be read: " + e.getMessage(),
                    List.of(new ImportProblem(0, "", "", "Not a readable CSV file")), 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportRefusedException("The contacts file could not be read as CSV: " + e.getMessage(),
                    List.of(new ImportProblem(0, "", "", e.getMessage())), 1);
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(2, "", "", "The file has a header but no contacts"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException("The contacts were not imported: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " in the file; nothing was changed",
                    problems.size() > 200 ? problems.subList(0, 200) : problems, problems.size());
        }
        return read;
    }

    private static String column(String field) {
        return field.equals("lastVerifiedOn") ? "last_verified_on" : field;
    }

    private LocalAuthority authority(String code) {
        return authorities.find(code).orElseThrow(() -> new RecordNotFoundException(
                "No English children's services authority with code " + code));
    }

    /** Checks a contact; trims and blanks empties to null. */
    ContactDetails check(ContactDetails d, String prefix) {
        FieldProblems problems = new FieldProblems(List.of());
        String name = blank(d.name());
        String phone = blank(d.phone());
        String email = blank(d.email());
        String address = blank(d.address());
        String website = blank(d.website());
        if (d.service() == null) {
            problems.add(prefix + "service", "Choose the service");
        }
        if (name == null) {
            problems.add(prefix + "name", "Enter the name of the service or team");
        } else if (name.length() > 200) {
            problems.add(prefix + "name", "Name must be 200 characters or fewer");
        }
        if (phone == null && email == null && website == null && address == null) {
            problems.add(prefix + "phone", "Enter at least one way to get in touch: a phone number, email, "
                    + "address or website");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(prefix + "phone", "Enter a phone number, like 01632 960 001 or +44 1632 960 001");
        }
        if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
            problems.add(prefix + "email", "Enter an email address in the correct format, like name@example.org");
        }
        if (website != null && (!website.matches("https?://\\S+") || website.length() > 500)) {
            problems.add(prefix + "website", "Enter a web address starting with https://");
        }
        if (address != null && address.length() > 500) {
            problems.add(prefix + "address", "Address must be 500 characters or fewer");
        }
        if (d.lastVerifiedOn() != null && d.lastVerifiedOn().isAfter(LocalDate.now(clock))) {
            problems.add(prefix + "lastVerifiedOn", "The date last verified must be today or in the past");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return new ContactDetails(d.service(), name, phone, email, address, website, d.lastVerifiedOn());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static AuthorityContact view(StoredContact c, LocalDate staleBefore) {
        ContactDetails d = c.details();
        boolean stale = d.lastVerifiedOn() == null || d.lastVerifiedOn().isBefore(staleBefore);
        return new AuthorityContact(c.id(), c.authorityCode(), d.service(), d.name(), d.phone(), d.email(),
                d.address(), d.website(), d.lastVerifiedOn(), stale, c.version());
    }

}
