package org.hearth.supervision.internal;

import org.hearth.shared.FieldProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessAction;
import org.hearth.access.CurrentUser;
import org.hearth.children.ChildView;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RecordNotFoundException;
import org.hearth.supervision.MeetingKind;
import org.hearth.supervision.MeetingRecorded;
import org.hearth.supervision.Participation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings about a child and how the child took part: read and recorded with the child's access rule, logged. */
@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final ChildGate gate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, ChildGate gate, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.gate = gate;
        this.events = events;
        this.clock = clock;
    }

    /** A meeting as typed (kind and participation as their codes). */
    public record Input(LocalDate date, String kind, String kindOther, String attendees, String participation,
            String notes, List<FieldProblem> readProblems) {
    }

    public record ChildMeetings(ChildView child, List<StoredMeeting> meetings) {
    }

    @Transactional
    public ChildMeetings list(CurrentUser user, UUID childId, String what) {
        ChildView child = gate.require(user, childId, AccessAction.VIEW, what);
        return new ChildMeetings(child, meetings.of(childId));
    }

    @Transactional
    public ChildView child(CurrentUser user, UUID childId, String what) {
        return gate.require(user, childId, AccessAction.VIEW, what);
    }

    @Transactional
    public StoredMeeting one(CurrentUser user, UUID childId, UUID meetingId, String what) {
        gate.require(user, childId, AccessAction.VIEW, what);
        return meetings.find(childId, meetingId).orElseThrow(() -> new RecordNotFoundException(
                "No meeting with id " + meetingId + " for this child"));
    }

    @Transactional
    public StoredMeeting record(CurrentUser user, UUID childId, Input input) {
        ChildView child = gate.require(user, childId, AccessAction.CHANGE, "recorded: meeting");
        StoredMeeting meeting = check(child, input, LocalDate.now(clock), user.id());
        meetings.insert(meeting);
        StoredMeeting saved = meetings.find(childId, meeting.id()).orElseThrow();
        events.publishEvent(new MeetingRecorded(childId, saved.id(), saved.date(), saved.kind(), saved.kindLabel(),
                saved.participation(), summary(saved), user.id()));
        return saved;
    }

    /** "Strategy meeting – did not take part and their views were not conveyed". */
    static String summary(StoredMeeting meeting) {
        String participation = meeting.participation().label();
        return meeting.kindLabel() + " – " + Character.toLowerCase(participation.charAt(0))
                + participation.substring(1);
    }

    /** Checks a meeting's input against the child's record; every problem is reported by field. */
    static StoredMeeting check(ChildView child, Input input, LocalDate today, UUID by) {
        FieldProblems problems = new FieldProblems(input.readProblems());
        if (!problems.has("date")) {
            if (input.date() == null) {
                problems.add("date", "Enter the date of the meeting");
            } else if (input.date().isAfter(today)) {
                problems.add("date", "The date of the meeting must be today or in the past");
            } else if (input.date().isBefore(child.dateOfBirth())) {
                problems.add("date", "The date of the meeting must be on or after the child's date of birth");
            }
        }
        MeetingKind kind = null;
        try {
            kind = input.kind() == null ? null : MeetingKind.valueOf(input.kind().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            problems.add("kind", "Select the kind of meeting");
        }
        String kindOther = problems.optionalText(input.kindOther(), "kindOther", 200);
        if (kind == MeetingKind.OTHER && kindOther == null) {
            problems.add("kindOther", "Enter what kind of meeting it was");
        }
        if (kind != MeetingKind.OTHER) {
            kindOther = null;
        }
        String attendees = problems.requiredText(input.attendees(), "attendees", "Enter who attended",
                DecisionService.TEXT_MAX);
        Participation participation = null;
        try {
            participation = input.participation() == null ? null
                    : Participation.valueOf(input.participation().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (participation == null) {
            problems.add("participation", "Select how the child took part");
        } else if (input.date() != null && !problems.has("date")) {
            boolean underFour = input.date().isBefore(child.dateOfBirth().plusYears(4));
            // 903 REVIEW_CODE: PN0 is for a child under 4 on the day, and only then
            if (participation == Participation.PN0 && !underFour) {
                problems.add("participation", "The child was 4 or over on the day: select how they took part");
            }
        }
        String notes = problems.optionalText(input.notes(), "notes", DecisionService.TEXT_MAX);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        return new StoredMeeting(UUID.randomUUID(), child.id(), input.date(), kind, kindOther, attendees,
                participation, notes, child.responsibleTeamId(), by, null);
    }
}
