package org.hearth.careleavers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.access.Directory;
import org.hearth.access.Role;
import org.hearth.access.UserSummary;
import org.hearth.careleavers.AccommodationChanged;
import org.hearth.careleavers.ActivityChanged;
import org.hearth.careleavers.CircumstancesAssessed;
import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.InTouchStatusRecorded;
import org.hearth.careleavers.PersonalAdviserAllocated;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.RagRatingChanged;
import org.hearth.careleavers.Rating;
import org.hearth.careleavers.StayingPutEnded;
import org.hearth.careleavers.StayingPutStarted;
import org.hearth.careleavers.internal.Records.Allocation;
import org.hearth.careleavers.internal.Records.Concerns;
import org.hearth.careleavers.internal.Records.RatingRecord;
import org.hearth.careleavers.internal.Records.Status;
import org.hearth.careleavers.internal.Records.StatusKind;
import org.hearth.careleavers.internal.Records.StayingPut;
import org.hearth.children.CareHistories;
import org.hearth.children.CareHistory;
import org.hearth.children.ChildGate;
import org.hearth.children.ChildView;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The young person's leaving care record: reading it, and each change a worker makes (one transaction each: the
 * change, its event, the ratings that follow from it and the cohort row). Every read and write goes through the
 * child gate, so the record-level rule applies and the access log has it.
 */
@Service
public class CareLeaverService {

    private final ChildGate gate;
    private final CareHistories careHistories;
    private final CareLeaverRepository records;
    private final Assessor assessor;
    private final CohortRefresh cohort;
    private final CodeLists codes;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareLeaverService(ChildGate gate, CareHistories careHistories, CareLeaverRepository records, Assessor assessor,
            CohortRefresh cohort, CodeLists codes, Directory directory, ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.careHistories = careHistories;
        this.records = records;
        this.assessor = assessor;
        this.cohort = cohort;
        this.codes = codes;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Everything on the young person's leaving care pages. */
    public record YoungPerson(ChildView child, Picture picture, List<Allocation> advisers, List<Status> inTouch,
            List<Status> activities, List<Status> accommodation, List<StayingPut> stayingPut,
            List<Concerns> concerns, List<RatingRecord> ratings) {

        public int version() {
            return picture.current().version();
        }
    }

    /** Read-write: the access log entry commits with the read. */
    @Transactional
    public YoungPerson view(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return load(child);
    }

    /** The picture for the child overview section, after the overview has checked and logged the access. */
    @Transactional(readOnly = true)
    public Picture pictureOf(UUID childId) {
        LocalDate today = LocalDate.now(clock);
        return assessor.picture(history(childId), records.current(childId), today, assessor.policy(today));
    }

    private YoungPerson load(ChildView child) {
        UUID id = child.id();
        LocalDate today = LocalDate.now(clock);
        Picture picture = assessor.picture(history(id), records.current(id), today, assessor.policy(today));
        return new YoungPerson(child, picture, records.allocations(id), records.statuses(id, StatusKind.IN_TOUCH),
                records.statuses(id, StatusKind.ACTIVITY), records.statuses(id, StatusKind.ACCOMMODATION),
                records.stayingPut(id), records.concerns(id), records.ratings(id));
    }

    private CareHistory history(UUID childId) {
        return careHistories.of(List.of(childId)).stream().findFirst()
                .orElseThrow(() -> new org.hearth.shared.RecordNotFoundException("No child record with id " + childId));
    }

    /** Checks access for a change and that the young person is 16 or over and is or was looked after. */
    private ChildView changing(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, what);
        CategoryAssessment category = CategoryRules.assess(history(childId), LocalDate.now(clock));
        if (!category.inCohort()) {
            throw InvalidInputException.of("child", "A leaving care record is kept for young people aged 16 to 25 "
                    + "who are or were looked after. " + category.why());
        }
        return child;
    }

    @Transactional
    public void allocateAdviser(CurrentUser user, UUID childId, int version, UUID adviserId, LocalDate on,
            FieldProblems problems) {
        ChildView child = changing(user, childId, "personal adviser allocation");
        UserSummary adviser = adviserId == null ? null : directory.user(adviserId).orElse(null);
        if (adviserId == null) {
            problems.add("adviser", "Select the personal adviser");
        } else if (adviser == null || !adviser.enabled() || !adviser.roles().contains(Role.PERSONAL_ADVISER)) {
            problems.add("adviser", "Select a personal adviser who can take on young people");
        }
        checkDate(problems, "allocatedOn", "The date of allocation", on, child);
        refuseIf(problems);
        records.claim(childId, version, user.id());
        Allocation previous = records.current(childId).adviser();
        Allocation allocation = new Allocation(UUID.randomUUID(), childId, adviserId, on, user.id(), Instant.now(clock));
        records.addAllocation(allocation);
        events.publishEvent(new PersonalAdviserAllocated(childId, allocation.id(), adviserId, adviser.displayName(),
                previous == null ? null : previous.adviserId(), on, user.id()));
        settle(user, childId);
    }

    @Transactional
    public void recordInTouch(CurrentUser user, UUID childId, int version, String code, LocalDate since,
            LocalDate lastContactOn, FieldProblems problems) {
        ChildView child = changing(user, childId, "in-touch status");
        checkCode(problems, "code", CodeField.IN_TOUCH, code, since, "Select whether the council is in touch");
        checkDate(problems, "since", "The date", since, child);
        if (lastContactOn != null) {
            checkDate(problems, "lastContactOn", "The date of the last contact", lastContactOn, child);
        } else if ("YES".equals(code)) {
            problems.add("lastContactOn", "Enter the date of the last contact");
        }
        refuseIf(problems);
        records.claim(childId, version, user.id());
        Status previous = records.current(childId).inTouch();
        Status status = new Status(UUID.randomUUID(), childId, StatusKind.IN_TOUCH, code, since, lastContactOn,
                user.id(), Instant.now(clock));
        records.addStatus(status);
        boolean lost = RagRules.NOT_IN_TOUCH.contains(code)
                && (previous == null || !RagRules.NOT_IN_TOUCH.contains(previous.code()));
        events.publishEvent(new InTouchStatusRecorded(childId, status.id(), code,
                codes.describe(CodeField.IN_TOUCH, code, since), previous == null ? null : previous.code(), since,
                lastContactOn, lost, user.id()));
        settle(user, childId);
    }

    @Transactional
    public void recordActivity(CurrentUser user, UUID childId, int version, String code, LocalDate since,
            FieldProblems problems) {
        ChildView child = changing(user, childId, "main activity");
        checkCode(problems, "code", CodeField.ACTIV, code, since, "Select the main activity");
        checkDate(problems, "since", "The start date", since, child);
        refuseIf(problems);
        records.claim(childId, version, user.id());
        Status previous = records.current(childId).activity();
        Status status = new Status(UUID.randomUUID(), childId, StatusKind.ACTIVITY, code, since, null, user.id(),
                Instant.now(clock));
        records.addStatus(status);
        events.publishEvent(new ActivityChanged(childId, status.id(), code, codes.describe(CodeField.ACTIV, code,
                since), previous == null ? null : previous.code(), since, user.id()));
        settle(user, childId);
    }

    @Transactional
    public void recordAccommodation(CurrentUser user, UUID childId, int version, String code, LocalDate since,
            FieldProblems problems) {
        ChildView child = changing(user, childId, "accommodation");
        checkCode(problems, "code", CodeField.ACCOM, code, since, "Select the accommodation");
        checkDate(problems, "since", "The start date", since, child);
        // 903 rule 3001: a former foster carer (Z) is not accommodation for a 17-year-old (Staying Put is from 18)
        if (!problems.has("code") && !problems.has("since") && code.startsWith("Z")
                && since.isBefore(child.dateOfBirth().plusYears(18))) {
            problems.add("code", "Accommodation with former foster carers is only from the 18th birthday");
        }
        refuseIf(problems);
        records.claim(childId, version, user.id());
        Status previous = records.current(childId).accommodation();
        Status status = new Status(UUID.randomUUID(), childId, StatusKind.ACCOMMODATION, code, since, null,
                user.id(), Instant.now(clock));
        records.addStatus(status);
        events.publishEvent(new AccommodationChanged(childId, status.id(), code, codes.describe(CodeField.ACCOM,
                code, since), code.endsWith("1"), previous == null ? null : previous.code(), since, user.id()));
        settle(user, childId);
    }

    @Transactional
    public void startStayingPut(CurrentUser user, UUID childId, int version, String carerName, LocalDate startedOn,
            FieldProblems problems) {
        ChildView child = changing(user, childId, "Staying Put");
        if (carerName == null || carerName.isBlank()) {
            problems.add("carerName", "Enter the name of the former foster carer");
        } else if (carerName.length() > 200) {
            problems.add("carerName", "The carer's name must be 200 characters or fewer");
        }
        checkDate(problems, "startedOn", "The start date", startedOn, child);
        // Staying Put is for a care leaver staying with their foster carer after 18, to 21 (Children Act 1989 s23CZA)
        if (!problems.has("startedOn")) {
            if (startedOn.isBefore(child.dateOfBirth().plusYears(18))) {
                problems.add("startedOn", "Staying Put starts on or after the 18th birthday");
            } else if (!startedOn.isBefore(child.dateOfBirth().plusYears(21))) {
                problems.add("startedOn", "Staying Put is until the 21st birthday");
            }
        }
        if (records.current(childId).stayingPut() != null) {
            problems.add("carerName", "A Staying Put arrangement is already in place: end it first");
        }
        refuseIf(problems);
        records.claim(childId, version, user.id());
        StayingPut arrangement = new StayingPut(UUID.randomUUID(), childId, carerName.trim(), startedOn, null,
                user.id(), Instant.now(clock));
        records.addStayingPut(arrangement);
        events.publishEvent(new StayingPutStarted(childId, arrangement.id(), arrangement.carerName(), startedOn,
                user.id()));
        settle(user, childId);
    }

    @Transactional
    public void endStayingPut(CurrentUser user, UUID childId, int version, LocalDate endedOn, FieldProblems problems) {
        ChildView child = changing(user, childId, "Staying Put");
        StayingPut open = records.current(childId).stayingPut();
        checkDate(problems, "endedOn", "The end date", endedOn, child);
        if (open == null) {
            problems.add("endedOn", "There is no Staying Put arrangement to end");
        } else if (!problems.has("endedOn") && endedOn.isBefore(open.startedOn())) {
            problems.add("endedOn", "The end date must be on or after the start date");
        }
        refuseIf(problems);
        records.claim(childId, version, user.id());
        records.endStayingPut(open.id(), endedOn, user.id());
        events.publishEvent(new StayingPutEnded(childId, open.id(), open.carerName(), endedOn, user.id()));
        settle(user, childId);
    }

    @Transactional
    public void assessCircumstances(CurrentUser user, UUID childId, int version, ConcernLevel health,
            ConcernLevel money, ConcernLevel relationships, ConcernLevel risk, LocalDate assessedOn,
            FieldProblems problems) {
        ChildView child = changing(user, childId, "personal circumstances");
        if (health == null) {
            problems.add("health", "Select the level of concern about health");
        }
        if (money == null) {
            problems.add("money", "Select the level of concern about money");
        }
        if (relationships == null) {
            problems.add("relationships", "Select the level of concern about relationships");
        }
        if (risk == null) {
            problems.add("risk", "Select the level of concern about risk");
        }
        checkDate(problems, "assessedOn", "The date", assessedOn, child);
        refuseIf(problems);
        records.claim(childId, version, user.id());
        Concerns concerns = new Concerns(UUID.randomUUID(), childId, health, money, relationships, risk, assessedOn,
                user.id(), Instant.now(clock));
        records.addConcerns(concerns);
        events.publishEvent(new CircumstancesAssessed(childId, concerns.id(), health, money, relationships, risk,
                assessedOn, user.id()));
        settle(user, childId);
    }

    /** A rating a worker gives: the rating, and why when it differs from the suggestion. */
    public record Given(Rating rating, String reason) {
    }

    /**
     * A worker gives one or both ratings. Giving the suggested rating accepts it (and ends an override); giving
     * another overrides it, and needs a reason.
     *
     * @return the young person as they are after the change
     */
    @Transactional
    public YoungPerson giveRatings(CurrentUser user, UUID childId, int version, Map<RagDomain, Given> given,
            FieldProblems problems) {
        changing(user, childId, "RAG rating");
        LocalDate today = LocalDate.now(clock);
        Picture picture = assessor.picture(history(childId), records.current(childId), today,
                assessor.policy(today));
        if (given.isEmpty()) {
            problems.add("eetRating", "Give at least one rating");
        }
        for (Map.Entry<RagDomain, Given> entry : given.entrySet()) {
            String field = field(entry.getKey());
            Given g = entry.getValue();
            if (g.rating() == null) {
                problems.add(field, "Select the " + entry.getKey().label().toLowerCase(java.util.Locale.UK)
                        + " rating");
            } else if (g.rating() != picture.suggestion(entry.getKey()).rating()
                    && (g.reason() == null || g.reason().isBlank())) {
                problems.add(field + "Reason", "Enter why the rating differs from the suggested "
                        + picture.suggestion(entry.getKey()).rating().label().toLowerCase(java.util.Locale.UK));
            } else if (g.reason() != null && g.reason().length() > 2000) {
                problems.add(field + "Reason", "The reason must be 2,000 characters or fewer");
            }
        }
        refuseIf(problems);
        records.claim(childId, version, user.id());
        for (Map.Entry<RagDomain, Given> entry : given.entrySet()) {
            RagDomain domain = entry.getKey();
            Given g = entry.getValue();
            RagSuggestion suggestion = picture.suggestion(domain);
            boolean overridden = g.rating() != suggestion.rating();
            String reason = g.reason() == null || g.reason().isBlank() ? null : g.reason().trim();
            store(childId, domain, picture.rating(domain), suggestion, g.rating(), overridden, reason, today,
                    user.id(), user.displayName());
        }
        cohort.refresh(List.of(childId));
        return load(gate.require(user, childId, AccessAction.VIEW, "RAG rating (after change)"));
    }

    static String field(RagDomain domain) {
        return domain == RagDomain.EET ? "eetRating" : "circumstancesRating";
    }

    /**
     * After a change to what the ratings look at: where no override is in force and the suggestion now differs
     * from the last rating stored, the suggestion becomes the rating (with history and an event). Then the cohort
     * row follows.
     */
    private void settle(CurrentUser user, UUID childId) {
        LocalDate today = LocalDate.now(clock);
        Picture picture = assessor.picture(history(childId), records.current(childId), today,
                assessor.policy(today));
        for (RagDomain domain : RagDomain.values()) {
            RatingRecord latest = picture.current().ratings().get(domain);
            RagSuggestion suggestion = picture.suggestion(domain);
            if (latest != null && (latest.overridden() || latest.given() == suggestion.rating())) {
                continue;
            }
            store(childId, domain, latest == null ? null : latest.given(), suggestion, suggestion.rating(), false,
                    null, today, null, "Hearth (suggested)");
        }
        cohort.refresh(List.of(childId));
    }

    private void store(UUID childId, RagDomain domain, Rating from, RagSuggestion suggestion, Rating given,
            boolean overridden, String reason, LocalDate today, UUID by, String byName) {
        RatingRecord rating = new RatingRecord(UUID.randomUUID(), childId, domain, suggestion.rating(), given,
                overridden, reason, suggestion.firedText(), today, by, byName, Instant.now(clock));
        records.addRating(rating);
        if (from != given) {
            events.publishEvent(new RagRatingChanged(childId, rating.id(), domain, from, given, suggestion.rating(),
                    overridden, reason, today, by));
        }
    }

    private void checkCode(FieldProblems problems, String field, CodeField list, String code, LocalDate on,
            String missing) {
        if (code == null || code.isBlank()) {
            problems.add(field, missing);
        } else if (!codes.isValid(list, code, on == null ? LocalDate.now(clock) : on)) {
            problems.add(field, code + " is not a valid 903 " + list.name() + " code");
        }
    }

    private void checkDate(FieldProblems problems, String field, String label, LocalDate date, ChildView child) {
        if (problems.has(field)) {
            return;
        }
        if (date == null) {
            problems.add(field, "Enter " + label.substring(0, 1).toLowerCase(java.util.Locale.UK)
                    + label.substring(1));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(field, label + " must be today or in the past");
        } else if (date.isBefore(child.dateOfBirth())) {
            problems.add(field, label + " must be after the date of birth");
        }
    }

    private static void refuseIf(FieldProblems problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
    }
}
