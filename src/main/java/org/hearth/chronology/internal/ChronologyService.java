package org.hearth.chronology.internal;

import org.hearth.children.ChildGate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildView;
import org.hearth.children.PeopleAroundTheChild;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a child's chronology and recording in it by hand. Every method applies the child's access rule and writes
 * the access log; each change is one transaction. Nothing is deleted: a correction is an amendment with a reason.
 */
@Service
public class ChronologyService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;

    private final EntryRepository entries;
    private final ChildGate gate;
    private final PeopleAroundTheChild people;
    private final Clock clock;

    ChronologyService(EntryRepository entries, ChildGate gate, PeopleAroundTheChild people, Clock clock) {
        this.entries = entries;
        this.gate = gate;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The page's entries with the linked siblings' key events of the same period in line, each marked with the
     * sibling's name; only siblings the user may see, each sibling's view logged on the sibling's record.
     * ("Siblings may share a lead child's chronology", domain.md.)
     */
    @Transactional
    public List<Entry> withSiblingsKeyEvents(CurrentUser user, EntryPage page, EntryFilter filter) {
        if (page.items().isEmpty()) {
            return page.items();
        }
        List<Entry> items = page.items();
        LocalDate first = items.get(0).eventDate();
        LocalDate last = items.get(items.size() - 1).eventDate();
        boolean lastPage = (long) (page.page() + 1) * page.size() >= page.total();
        // the period this page covers: open-ended at the start of the first page and the end of the last
        LocalDate earliest = filter.oldestFirst() ? (page.page() == 0 ? filter.from() : first)
                : (lastPage ? filter.from() : last);
        LocalDate latest = filter.oldestFirst() ? (lastPage ? filter.to() : last)
                : (page.page() == 0 ? filter.to() : first);
        List<Entry> merged = new ArrayList<>(items);
        for (UUID siblingId : people.siblingsOf(page.child().id())) {
            if (!gate.canSee(user, siblingId)) {
                continue;
            }
            ChildView sibling = gate.require(user, siblingId, AccessAction.VIEW, "key events shown in the "
                    + "chronology of sibling " + page.child().localChildId());
            EntryFilter keyEvents = new EntryFilter(filter.oldestFirst(), java.util.Set.of(), Significance.KEY_EVENT,
                    earliest, latest, null, null, false);
            entries.page(siblingId, keyEvents, 0, 500).forEach(e -> merged.add(e.asSiblings(sibling.knownAs())));
        }
        java.util.Comparator<Entry> byDate = java.util.Comparator.comparing(Entry::eventDate);
        merged.sort(filter.oldestFirst() ? byDate : byDate.reversed());
        return merged;
    }

    /** A page of the chronology, logged as one view. */
    @Transactional
    public EntryPage page(CurrentUser user, UUID childId, EntryFilter filter, int page, int size, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        List<Entry> items = entries.page(childId, filter, page * size, size);
        long total = items.size() < size && page == 0 ? items.size() : entries.count(childId, filter);
        return new EntryPage(child, items, page, size, total);
    }

    /** The child, for a page about their chronology; the view is logged as {@code what}. */
    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    /** One entry and every version of it, newest first. */
    @Transactional
    public EntryWithHistory entry(CurrentUser user, UUID childId, UUID entryId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        Entry entry = entries.find(childId, entryId).orElseThrow(() -> notFound(entryId));
        return new EntryWithHistory(child, entry, entries.history(entryId));
    }

    @Transactional
    public Entry record(CurrentUser user, UUID childId, EntryInput input) {
        gate.require(user, childId, AccessAction.CHANGE, "added a chronology entry");
        EntryInput checked = check(input, "");
        UUID id = UUID.randomUUID();
        entries.insertManual(id, childId, checked, user.id(), user.displayName());
        return entries.find(childId, id).orElseThrow();
    }

    /** Quick add: several entries at once (say, from an old paper history), all or none; problems name the row. */
    @Transactional
    public List<Entry> recordAll(CurrentUser user, UUID childId, List<EntryInput> inputs) {
        gate.require(user, childId, AccessAction.CHANGE, "added chronology entries (" + inputs.size() + ")");
        if (inputs.isEmpty()) {
            throw InvalidInputException.of("rows", "Enter at least one entry");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<EntryInput> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                checked.add(check(inputs.get(i), "rows[" + i + "]."));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Entry> added = new ArrayList<>();
        for (EntryInput in : checked) {
            UUID id = UUID.randomUUID();
            entries.insertManual(id, childId, in, user.id(), user.displayName());
            added.add(entries.find(childId, id).orElseThrow());
        }
        return added;
    }

    /**
     * Amends an entry with a reason; the previous version stays in its history.
     *
     * @param expectedVersion the version the user saw, or null to skip the check
     */
    @Transactional
    public Entry amend(CurrentUser user, UUID childId, UUID entryId, Amendment amendment, Integer expectedVersion) {
        gate.require(user, childId, AccessAction.CHANGE, "amended a chronology entry");
        Entry current = entries.findForUpdate(childId, entryId).orElseThrow(() -> notFound(entryId));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleEditException("Someone else amended this entry since you opened it", current.version());
        }
        String reason = amendment.reason() == null ? "" : amendment.reason().trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (reason.isEmpty()) {
            problems.add(new FieldProblem("reason", "Enter why the entry is being amended"));
        }
        if (current.enteredInError()) {
            problems.add(new FieldProblem("enteredInError", "This entry was marked as entered in error and can no "
                    + "longer be amended"));
        }
        if (current.automatic()) {
            factsOfAutomaticEntry(amendment, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean inError = Boolean.TRUE.equals(amendment.enteredInError());
        EntryInput merged = check(new EntryInput(
                or(amendment.eventDate(), current.eventDate()),
                or(amendment.datePrecision(), amendment.eventDate() != null ? DatePrecision.DAY
                        : current.datePrecision()),
                amendment.eventDate() != null || amendment.eventTime() != null ? amendment.eventTime()
                        : current.eventTime(),
                or(amendment.category(), current.category()), or(amendment.significance(), current.significance()),
                or(amendment.title(), current.title()), or(amendment.description(), current.description()),
                or(amendment.source(), current.source()), or(amendment.actionTaken(), current.actionTaken()),
                or(amendment.impact(), current.impact()),
                or(amendment.suitableToShare(), current.suitableToShare()),
                or(amendment.thirdPartyInformation(), current.thirdPartyInformation())), "");
        Entry changed = new Entry(current.id(), childId, merged.eventDate(), merged.datePrecision(),
                merged.eventTime(), merged.category(), merged.significance(), merged.title(), merged.description(),
                merged.source(), merged.actionTaken(), merged.impact(), current.automatic(),
                current.sourceRecordType(), current.sourceRecordId(), current.sourceRecordLink(),
                Boolean.TRUE.equals(merged.suitableToShare()), Boolean.TRUE.equals(merged.thirdPartyInformation()),
                inError, current.version(), current.recordedBy(), current.recordedAt(), null, null, null, null, null);
        if (!inError && same(current, changed)) {
            throw InvalidInputException.of("reason", "Nothing was changed: change at least one thing, or go back");
        }
        entries.change(changed, user.id(), user.displayName(), inError ? "ENTERED_IN_ERROR" : "AMENDED", reason);
        return entries.find(childId, entryId).orElseThrow();
    }

    /** The facts of an automatic entry are the source record's: correct them there. */
    private static void factsOfAutomaticEntry(Amendment a, List<FieldProblem> problems) {
        String message = "This entry comes from the child's record: correct the record itself, and the entry follows";
        if (a.eventDate() != null || a.datePrecision() != null || a.eventTime() != null) {
            problems.add(new FieldProblem("eventDate", message));
        }
        if (a.category() != null) {
            problems.add(new FieldProblem("category", message));
        }
        if (a.title() != null) {
            problems.add(new FieldProblem("title", message));
        }
        if (a.description() != null) {
            problems.add(new FieldProblem("description", message));
        }
        if (a.source() != null) {
            problems.add(new FieldProblem("source", message));
        }
        if (Boolean.TRUE.equals(a.enteredInError())) {
            problems.add(new FieldProblem("enteredInError", message));
        }
    }

    private static boolean same(Entry a, Entry b) {
        return Objects.equals(a.eventDate(), b.eventDate()) && a.datePrecision() == b.datePrecision()
                && Objects.equals(a.eventTime(), b.eventTime()) && a.category() == b.category()
                && a.significance() == b.significance() && Objects.equals(a.title(), b.title())
                && Objects.equals(a.description(), b.description()) && Objects.equals(a.source(), b.source())
                && Objects.equals(a.actionTaken(), b.actionTaken()) && Objects.equals(a.impact(), b.impact())
                && a.suitableToShare() == b.suitableToShare()
                && a.thirdPartyInformation() == b.thirdPartyInformation();
    }

    /** Checks an entry without saving anything; refusals name the field. */
    public void check(EntryInput input) {
        check(input, "");
    }

    /** Checks an entry; problems name the field (after {@code prefix}, for quick-add rows). */
    EntryInput check(EntryInput in, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        DatePrecision precision = in.datePrecision() == null ? DatePrecision.DAY : in.datePrecision();
        if (in.eventDate() == null) {
            problems.add(new FieldProblem(prefix + "eventDate", "Enter the date of the event"));
        } else if (in.eventDate().isAfter(today)) {
            problems.add(new FieldProblem(prefix + "eventDate", "The date of the event must be today or in the past"));
        } else if (in.eventDate().getYear() < 1900) {
            problems.add(new FieldProblem(prefix + "eventDate", "The date of the event must be after 1900"));
        }
        if (in.category() == null) {
            problems.add(new FieldProblem(prefix + "category", "Select the category"));
        }
        String title = trim(in.title());
        if (title == null) {
            problems.add(new FieldProblem(prefix + "title", "Enter a short title saying what happened"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new FieldProblem(prefix + "title", "The title must be " + TITLE_MAX
                    + " characters or fewer"));
        }
        for (String[] field : new String[][] {{"description", in.description()}, {"source", in.source()},
            {"actionTaken", in.actionTaken()}, {"impact", in.impact()}}) {
            if (field[1] != null && field[1].length() > TEXT_MAX) {
                problems.add(new FieldProblem(prefix + field[0], "Must be " + TEXT_MAX + " characters or fewer"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EntryInput(precision.normalise(in.eventDate()), precision,
                precision == DatePrecision.DAY ? in.eventTime() : null, in.category(),
                in.significance() == null ? Significance.OTHER : in.significance(), title, trim(in.description()),
                trim(in.source()), trim(in.actionTaken()), trim(in.impact()),
                Boolean.TRUE.equals(in.suitableToShare()), Boolean.TRUE.equals(in.thirdPartyInformation()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    static RecordNotFoundException notFound(UUID entryId) {
        return new RecordNotFoundException("No chronology entry with id " + entryId + " for this child");
    }

    /** A page of entries with the child they belong to. */
    public record EntryPage(ChildView child, List<Entry> items, int page, int size, long total) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** An entry with its versions, newest first. */
    public record EntryWithHistory(ChildView child, Entry entry, List<EntryVersion> history) {
    }
}
