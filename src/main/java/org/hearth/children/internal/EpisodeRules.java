package org.hearth.children.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.hearth.children.EpisodeCommand;
import org.hearth.children.EpisodeCommandType;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;

/**
 * Applies an episode command to a child's episode history in SSDA903 terms (903.md 2.2): the open episode closes
 * on the command's date (REC X1 when care continues) and the next opens the same day with its RNE derived from what
 * changed. Refuses, naming the field, anything that would make episodes overlap, end before they start, start in
 * the future, or carry codes not valid for the collection year.
 */
final class EpisodeRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Temporary and Z1x placements take no placement provider (903 rule 178, 2025-26). */
    private static final Set<String> NO_PROVIDER = Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");

    /** No reason for placement change is recorded when a temporary placement ends (903 rule 226). */
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    /** Foster placements are with a foster carer household. */
    private static final Set<String> FOSTER = Set.of("U1", "U2", "U3", "U4", "U5", "U6");

    private final CodeLists codes;
    private final Function<UUID, Optional<Carer>> carers;

    EpisodeRules(CodeLists codes, Function<UUID, Optional<Carer>> carers) {
        this.codes = codes;
        this.carers = carers;
    }

    /**
     * @param history the child's episodes in date order
     * @param dateOfBirth the child's date of birth
     * @param homePostcode the child's home postcode now (903 HOME_POST of a new episode)
     * @param today today's date, for "not in the future"
     */
    Transition apply(List<Episode> history, EpisodeCommand command, LocalDate dateOfBirth, String homePostcode,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.type() == null) {
            throw InvalidInputException.of("type", "Say what is being recorded: " + String.join(", ",
                    java.util.Arrays.stream(EpisodeCommandType.values()).map(Enum::name).toList()));
        }
        Optional<Episode> open = history.stream().filter(Episode::isOpen).findFirst();
        LocalDate date = command.date();
        checkDate(history, open, command.type(), date, dateOfBirth, today, problems);
        if (problems.stream().anyMatch(p -> p.field().equals("type"))) {
            throw new InvalidInputException(problems);
        }
        // with the date refused, still check every other field (against today's code lists) so the user sees all
        // the problems at once
        LocalDate codesOn = problems.isEmpty() ? date : today;
        return switch (command.type()) {
            case START_CARE -> startCare(command, date, codesOn, homePostcode, problems);
            case CHANGE_PLACEMENT, CHANGE_LEGAL_STATUS, CHANGE_LEGAL_STATUS_AND_PLACEMENT ->
                change(open.orElseThrow(), command, date, codesOn, homePostcode, problems);
            case END_CARE -> endCare(open.orElseThrow(), command, date, codesOn, problems);
        };
    }

    private void checkDate(List<Episode> history, Optional<Episode> open, EpisodeCommandType type, LocalDate date,
            LocalDate dateOfBirth, LocalDate today, List<FieldProblem> problems) {
        if (type == EpisodeCommandType.START_CARE && open.isPresent()) {
            problems.add(new FieldProblem("type", "The child has been in care since " + DAY.format(open.get().decom())
                    + ": record a change, or end care first"));
            return;
        }
        if (type != EpisodeCommandType.START_CARE && open.isEmpty()) {
            problems.add(new FieldProblem("type", "The child is not in care: start care first"));
            return;
        }
        if (date == null) {
            problems.add(new FieldProblem("date", "Enter the date"));
            return;
        }
        if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "The date must be today or in the past"));
        } else if (date.isBefore(dateOfBirth)) {
            problems.add(new FieldProblem("date", "The date must be on or after the child's date of birth, "
                    + DAY.format(dateOfBirth)));
        } else if (open.isPresent() && !date.isAfter(open.get().decom())) {
            problems.add(new FieldProblem("date", "The date must be after the current episode started, on "
                    + DAY.format(open.get().decom())));
        } else if (open.isEmpty()) {
            history.stream().map(Episode::dec).filter(Objects::nonNull).max(LocalDate::compareTo)
                    .filter(lastEnded -> date.isBefore(lastEnded))
                    .ifPresent(lastEnded -> problems.add(new FieldProblem("date",
                            "The date must be on or after the last period of care ended, on "
                                    + DAY.format(lastEnded))));
        }
    }

    private Transition startCare(EpisodeCommand command, LocalDate date, LocalDate codesOn, String homePostcode,
            List<FieldProblem> problems) {
        String ls = code(CodeField.LS, command.legalStatus(), "legalStatus", "legal status", codesOn, problems);
        String cin = code(CodeField.CIN, command.categoryOfNeed(), "categoryOfNeed", "category of need", codesOn,
                problems);
        Placement placement = placement(command, codesOn, problems);
        refuseIfAny(problems);
        Episode opened = Episode.open(date, "S", ls, cin, placement, homePostcode);
        return new Transition(null, opened);
    }

    private Transition change(Episode current, EpisodeCommand command, LocalDate date, LocalDate codesOn,
            String homePostcode, List<FieldProblem> problems) {
        EpisodeCommandType type = command.type();
        String ls = current.ls();
        if (type.setsLegalStatus()) {
            ls = code(CodeField.LS, command.legalStatus(), "legalStatus", "legal status", codesOn, problems);
            if (ls != null && ls.equals(current.ls())) {
                problems.add(new FieldProblem("legalStatus", "The legal status is already " + ls
                        + ": choose the new legal status"));
            }
        }
        Placement placement = current.placement();
        String reasonPlaceChange = null;
        boolean sameCarers = false;
        if (type.setsPlacement()) {
            placement = placement(command, codesOn, problems);
            if (placement != null) {
                sameCarers = current.carerId() != null && current.carerId().equals(placement.carerId());
                if (type == EpisodeCommandType.CHANGE_PLACEMENT && sameCarers
                        && placement.place().equals(current.place())
                        && Objects.equals(placement.postcode(), current.plPost())) {
                    problems.add(new FieldProblem("placementType",
                            "This is the placement the child is already in: change the placement type, the carers "
                                    + "or the postcode"));
                }
            }
            reasonPlaceChange = reasonForPlacementChange(current, command, codesOn, problems);
        }
        refuseIfAny(problems);
        String rne = switch (type) {
            case CHANGE_LEGAL_STATUS -> "L";
            case CHANGE_PLACEMENT -> sameCarers ? "T" : "P";
            default -> sameCarers ? "U" : "B";
        };
        Episode closed = current.close(date, "X1", reasonPlaceChange);
        Episode opened = Episode.open(date, rne, ls, current.cin(), placement, homePostcode);
        return new Transition(closed, opened);
    }

    private Transition endCare(Episode current, EpisodeCommand command, LocalDate date, LocalDate codesOn,
            List<FieldProblem> problems) {
        String rec = code(CodeField.REC, command.reasonEpisodeCeased(), "reasonEpisodeCeased",
                "reason care ended", codesOn, problems);
        if ("X1".equals(rec)) {
            problems.add(new FieldProblem("reasonEpisodeCeased",
                    "X1 means care continues in a new episode: choose why care ended"));
        }
        refuseIfAny(problems);
        return new Transition(current.close(date, rec, null), null);
    }

    private String reasonForPlacementChange(Episode current, EpisodeCommand command, LocalDate date,
            List<FieldProblem> problems) {
        String reason = ChildDetailsValidator.upper(command.reasonForPlacementChange());
        if (TEMPORARY.contains(current.place())) {
            if (reason != null) {
                problems.add(new FieldProblem("reasonForPlacementChange",
                        "Leave the reason blank when a temporary placement ends"));
            }
            return null;
        }
        return code(CodeField.REASON_PLACE_CHANGE, reason, "reasonForPlacementChange",
                "reason for the placement change", date, problems);
    }

    private Placement placement(EpisodeCommand command, LocalDate date, List<FieldProblem> problems) {
        String place = code(CodeField.PLACE, command.placementType(), "placementType", "placement type", date,
                problems);
        String provider = ChildDetailsValidator.upper(command.placementProvider());
        Carer carer = null;
        if (command.carerId() != null) {
            carer = carers.apply(command.carerId()).orElse(null);
            if (carer == null) {
                problems.add(new FieldProblem("carerId", "Select a carer or setting that exists"));
            }
        }
        if (place != null) {
            if (NO_PROVIDER.contains(place)) {
                if (provider != null) {
                    problems.add(new FieldProblem("placementProvider",
                            "Leave the placement provider blank for a " + place + " placement"));
                }
            } else {
                provider = code(CodeField.PLACE_PROVIDER, provider, "placementProvider", "placement provider", date,
                        problems);
            }
            if (FOSTER.contains(place)) {
                if (command.carerId() == null) {
                    problems.add(new FieldProblem("carerId", "Select the foster carer household"));
                } else if (carer != null && carer.kind() != CarerKind.FOSTER_HOUSEHOLD) {
                    problems.add(new FieldProblem("carerId",
                            "A foster placement (" + place + ") must be with a foster carer household"));
                }
            }
        }
        String postcode = ChildDetailsValidator.trim(command.placementPostcode());
        if (postcode != null) {
            String normalised = Identifiers.normalisePostcode(postcode);
            if (normalised == null) {
                problems.add(new FieldProblem("placementPostcode",
                        "Placement postcode must be a UK postcode, such as MK45 2DD"));
            }
            postcode = normalised;
        } else if (carer != null) {
            postcode = carer.postcode();
        }
        String urn = ChildDetailsValidator.upper(command.urn());
        if (urn != null && !Identifiers.isOfstedUrn(urn)) {
            problems.add(new FieldProblem("urn", "URN must be SC and six digits, seven digits, or XXXXXXX"));
        } else if (urn == null && carer != null) {
            urn = carer.ofstedUrn();
        }
        if (place == null) {
            return null;
        }
        return new Placement(place, provider, command.carerId(), postcode, urn);
    }

    private String code(CodeField field, String value, String name, String label, LocalDate date,
            List<FieldProblem> problems) {
        String code = ChildDetailsValidator.upper(value);
        if (code == null) {
            problems.add(new FieldProblem(name, "Select the " + label));
            return null;
        }
        if (!codes.isValid(field, code, date)) {
            problems.add(new FieldProblem(name, "'" + code + "' is not a valid " + label + " code for "
                    + org.hearth.codes.CollectionYear.containing(date)));
            return null;
        }
        return code;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Undoes the latest recorded change, for a mistake: a change or start of care removes the episode it opened and
     * reopens the one it closed; an end of care reopens the last episode.
     */
    static Undo undoLatest(List<Episode> history) {
        if (history.isEmpty()) {
            throw InvalidInputException.of("episodes", "There is no episode of care to undo");
        }
        Episode latest = history.get(history.size() - 1);
        if (!latest.isOpen()) {
            return new Undo(null, latest.reopen());
        }
        Episode previous = history.size() > 1 ? history.get(history.size() - 2) : null;
        boolean continuesPrevious = !"S".equals(latest.rne()) && previous != null
                && latest.decom().equals(previous.dec()) && "X1".equals(previous.rec());
        return new Undo(latest, continuesPrevious ? previous.reopen() : null);
    }

    /** What undoing removes (null when care had ended) and reopens (null when it removes a start of care). */
    record Undo(Episode removed, Episode reopened) {
    }

    /** The episode a command closes (null when care starts) and the one it opens (null when care ends). */
    record Transition(Episode closed, Episode opened) {
    }
}
