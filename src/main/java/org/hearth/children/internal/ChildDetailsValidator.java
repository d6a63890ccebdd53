package org.hearth.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.access.Directory;
import org.hearth.children.NewChild;
import org.hearth.codes.CodeField;
import org.hearth.codes.CodeLists;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks a child's details and puts them in their stored form; every problem names its field. */
@Component
class ChildDetailsValidator {

    private final CodeLists codes;
    private final Directory directory;
    private final Clock clock;

    ChildDetailsValidator(CodeLists codes, Directory directory, Clock clock) {
        this.codes = codes;
        this.directory = directory;
        this.clock = clock;
    }

    /** @return the details cleaned (trimmed, upper-cased codes, normalised postcodes and NHS number) */
    NewChild validate(NewChild input) {
        return validate(input, team -> directory.team(team).isPresent(),
                worker -> directory.user(worker).map(u -> u.enabled()).orElse(false));
    }

    /**
     * As {@link #validate(NewChild)}, with the team and worker checks supplied: a bulk load answers them from memory
     * rather than asking the directory once per child.
     */
    NewChild validate(NewChild input, java.util.function.Predicate<java.util.UUID> teamExists,
            java.util.function.Predicate<java.util.UUID> activeWorker) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        String localChildId = trim(input.localChildId());
        if (localChildId == null) {
            problems.add(new FieldProblem("localChildId", "Enter the local child ID"));
        } else if (!Identifiers.isLocalChildId(localChildId)) {
            problems.add(new FieldProblem("localChildId",
                    "Local child ID must be 1 to 20 letters and numbers, with no spaces"));
        }
        String firstName = required(input.firstName(), "firstName", "Enter the child's first name", problems);
        String lastName = required(input.lastName(), "lastName", "Enter the child's last name", problems);
        LocalDate dateOfBirth = input.dateOfBirth();
        if (dateOfBirth == null) {
            problems.add(new FieldProblem("dateOfBirth", "Enter the child's date of birth"));
        } else if (dateOfBirth.isAfter(today)) {
            problems.add(new FieldProblem("dateOfBirth", "Date of birth must be today or in the past"));
        } else if (dateOfBirth.isBefore(today.minusYears(26))) {
            problems.add(new FieldProblem("dateOfBirth",
                    "Date of birth must be within the last 26 years: Hearth supports care leavers to 25"));
        }
        String sex = upper(input.sex());
        if (sex == null) {
            problems.add(new FieldProblem("sex", "Select the child's sex"));
        } else if (!codes.isValid(CodeField.SEX, sex, today)) {
            problems.add(new FieldProblem("sex", "Sex must be M, F or U"));
        }
        String ethnicity = upper(input.ethnicity());
        if (ethnicity == null) {
            problems.add(new FieldProblem("ethnicity", "Select the child's ethnicity (NOBT if not yet obtained)"));
        } else if (!codes.isValid(CodeField.ETHNIC, ethnicity, today)) {
            problems.add(new FieldProblem("ethnicity", "Ethnicity must be one of the 903 ETHNIC codes, such as WBRI"));
        }
        String upn = upper(input.upn());
        if (upn != null && !Identifiers.isUpn(upn)) {
            problems.add(new FieldProblem("upn", "UPN must be a letter (not I, O or S), 11 digits and a digit or "
                    + "letter, such as A123456789012, or UN1 to UN5 if the child has none"));
        }
        String nhsNumber = trim(input.nhsNumber());
        if (nhsNumber != null) {
            nhsNumber = Identifiers.normaliseNhsNumber(nhsNumber);
            if (!Identifiers.isNhsNumber(nhsNumber)) {
                problems.add(new FieldProblem("nhsNumber",
                        "NHS number must be 10 digits with a valid check digit, such as 943 476 5919"));
            }
        }
        boolean uasc = Boolean.TRUE.equals(input.uasc());
        LocalDate uascCeasedOn = input.uascCeasedOn();
        if (uascCeasedOn != null && !uasc) {
            problems.add(new FieldProblem("uascCeasedOn",
                    "Only enter the date UASC status ceased for an unaccompanied asylum-seeking child"));
        } else if (uascCeasedOn != null && uascCeasedOn.isAfter(today)) {
            problems.add(new FieldProblem("uascCeasedOn", "Date UASC status ceased must be today or in the past"));
        } else if (uascCeasedOn != null && dateOfBirth != null && uascCeasedOn.isBefore(dateOfBirth)) {
            problems.add(new FieldProblem("uascCeasedOn", "Date UASC status ceased must be after the date of birth"));
        }
        LocalDate firstChildBornOn = motherStatus(input.mother(), input.firstChildBornOn(), sex, dateOfBirth, today,
                problems);
        String homePostcode = postcode(input.homePostcode(), "homePostcode", "Home postcode", problems);
        String currentPostcode = postcode(input.currentPostcode(), "currentPostcode", "Current address postcode",
                problems);
        if (input.responsibleTeamId() == null) {
            problems.add(new FieldProblem("responsibleTeamId", "Select the responsible team"));
        } else if (!teamExists.test(input.responsibleTeamId())) {
            problems.add(new FieldProblem("responsibleTeamId", "Select a team that exists"));
        }
        if (input.allocatedWorkerId() != null) {
            if (!activeWorker.test(input.allocatedWorkerId())) {
                problems.add(new FieldProblem("allocatedWorkerId", "Select a worker who has an active account"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewChild(localChildId, firstName, trim(input.middleNames()), lastName,
                trim(input.preferredName()), dateOfBirth, sex, ethnicity, upn, nhsNumber, uasc, uascCeasedOn,
                homePostcode, currentPostcode, input.responsibleTeamId(), input.allocatedWorkerId(), input.mother(),
                firstChildBornOn);
    }

    /**
     * A young woman's mother status (903 Header MOTHER, MC_DOB: docs/903.md 2.1) as the 903 rules allow it: not for a
     * male child (rules 165, 174); a first child's date of birth exactly when she is a mother (611, 612), in the past,
     * after her own birth (621) and from her 11th birthday (620: no mother under 11).
     */
    static LocalDate motherStatus(Boolean mother, LocalDate firstChildBornOn, String sex,
            LocalDate dateOfBirth, LocalDate today, List<FieldProblem> problems) {
        if (mother != null && "M".equals(sex)) {
            problems.add(new FieldProblem("mother",
                    "Only record whether she is a mother for a girl or young woman: the child's sex is male"));
            return firstChildBornOn;
        }
        if (firstChildBornOn == null) {
            if (Boolean.TRUE.equals(mother)) {
                problems.add(new FieldProblem("firstChildBornOn", "Enter the date of birth of her first child"));
            }
            return null;
        }
        if (!Boolean.TRUE.equals(mother)) {
            problems.add(new FieldProblem("firstChildBornOn",
                    "Only enter the date of birth of her first child if she is a mother"));
        } else if (firstChildBornOn.isAfter(today)) {
            problems.add(new FieldProblem("firstChildBornOn",
                    "Date of birth of her first child must be today or in the past"));
        } else if (dateOfBirth != null && !firstChildBornOn.isAfter(dateOfBirth)) {
            problems.add(new FieldProblem("firstChildBornOn",
                    "Date of birth of her first child must be after her own date of birth"));
        } else if (dateOfBirth != null && firstChildBornOn.isBefore(dateOfBirth.plusYears(11))) {
            problems.add(new FieldProblem("firstChildBornOn",
                    "Date of birth of her first child must be on or after her 11th birthday"));
        }
        return firstChildBornOn;
    }

    private static String postcode(String value, String field, String label, List<FieldProblem> problems) {
        String trimmed = trim(value);
        if (trimmed == null) {
            return null;
        }
        String normalised = Identifiers.normalisePostcode(trimmed);
        if (normalised == null) {
            problems.add(new FieldProblem(field, label + " must be a UK postcode, such as LU5 4QQ"));
        }
        return normalised;
    }

    private static String required(String value, String field, String message, List<FieldProblem> problems) {
        String trimmed = trim(value);
        if (trimmed == null) {
            problems.add(new FieldProblem(field, message));
        } else if (trimmed.length() > 100) {
            problems.add(new FieldProblem(field, "Must be 100 characters or fewer"));
        }
        return trimmed;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
