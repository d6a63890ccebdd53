package org.hearth.permanence.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hearth.permanence.AdoptionDecision;
import org.hearth.permanence.AdoptionMatch;
import org.hearth.permanence.DeprivationOfLibertyOrder;
import org.hearth.permanence.PreviousPermanence;
import org.hearth.shared.FieldProblem;
import org.hearth.shared.FieldProblems;
import org.hearth.shared.InvalidInputException;

/**
 * What Hearth refuses at entry because the 903 rules would refuse it and it is clearly wrong (docs/903.md 2.7-2.9,
 * 2.12): codes outside the lists, dates in the future or before the child's birth, an end before its start, a
 * reversal without its reason (rule 119) or a reason without a reversal, a Deprivation of Liberty Order overlapping
 * another (rule 705), a new decision to place for adoption while an earlier one stands (rule 579), adopters whose
 * number, sex and legal status contradict each other (rules 175-177, 519-524). Each refusal names its field.
 */
public final class PermanenceRules {

    static final Set<String> OPTIONS = Set.of("P1", "P2", "P3", "P4", "Z1");
    static final Set<String> REVERSAL_REASONS = Set.of("RD1", "RD2", "RD3", "RD4");
    static final Set<String> ADOPTER_SEXES = Set.of("M1", "F1", "MM", "FF", "MF");
    static final Set<String> ADOPTER_LEGAL_STATUSES = Set.of("L0", "L11", "L12", "L2", "L3", "L4");
    private static final Pattern LA = Pattern.compile("[0-9]{3}|WAL|SCO|NUK|NIR");
    private static final Pattern PARTIAL_DATE = Pattern.compile("([0-9]{2}|ZZ)/([0-9]{2}|ZZ)/([0-9]{4}|ZZZZ)");

    private PermanenceRules() {
    }

    public record PreviousInput(String option, String localAuthority, String orderDate, List<FieldProblem> earlier) {
    }

    public record DecisionInput(LocalDate decidedOn, LocalDate reversedOn, String reversalReason,
            List<FieldProblem> earlier) {
    }

    public record MatchInput(LocalDate matchedOn, String byFosterCarers, String adopterCount, String adopterSex,
            String adopterLegalStatus, List<FieldProblem> earlier) {
    }

    public record OrderInput(LocalDate startedOn, LocalDate endedOn, List<FieldProblem> earlier) {
    }

    public static PreviousPermanence previous(UUID childId, PreviousInput in, LocalDate birth, LocalDate today) {
        FieldProblems problems = new FieldProblems(in.earlier());
        String option = upper(in.option());
        if (option == null || !OPTIONS.contains(option)) {
            problems.add("option", "Choose the previous permanence option (P1, P2, P3, P4 or Z1)");
        }
        String la = upper(in.localAuthority());
        if (la != null && !LA.matcher(la).matches()) {
            problems.add("localAuthority", "Enter the council's three-digit DfE number, or WAL, SCO, NUK or NIR");
        }
        String date = upper(in.orderDate());
        if (date != null) {
            String problem = partialDateProblem(date, birth, today);
            if (problem != null) {
                problems.add("orderDate", problem);
            }
        }
        if ("Z1".equals(option)) {
            // rule 635: no council or date with "no previous permanence option"
            if (la != null) {
                problems.add("localAuthority", "Leave the council blank when there was no previous permanence option");
            }
            if (date != null) {
                problems.add("orderDate", "Leave the date blank when there was no previous permanence option");
            }
        }
        throwIfAny(problems);
        return new PreviousPermanence(childId, option, la, date == null ? null : date.toLowerCase(), 0);
    }

    /** The return writes unknown parts as lower-case z (docs/903.md 2.9: zz/MM/YYYY). */
    static String partialDateProblem(String date, LocalDate birth, LocalDate today) {
        Matcher m = PARTIAL_DATE.matcher(date);
        if (!m.matches()) {
            return "Enter the date as dd/mm/yyyy, with zz for a day or month not known and zzzz for a year not known";
        }
        boolean dayKnown = !m.group(1).equals("ZZ");
        boolean monthKnown = !m.group(2).equals("ZZ");
        boolean yearKnown = !m.group(3).equals("ZZZZ");
        if ((dayKnown && !monthKnown) || (monthKnown && !yearKnown)) {
            return "A day needs its month and a month its year: write zz for the parts not known, from the day";
        }
        if (!yearKnown) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        LocalDate earliest;
        LocalDate latest;
        try {
            if (dayKnown) {
                earliest = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                latest = earliest;
            } else if (monthKnown) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                earliest = month.atDay(1);
                latest = month.atEndOfMonth();
            } else {
                earliest = LocalDate.of(year, 1, 1);
                latest = LocalDate.of(year, 12, 31);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return "The date must be a real date";
        }
        if (earliest.isAfter(today)) {
            return "The date must not be in the future";
        }
        if (birth != null && latest.isBefore(birth)) {
            return "The date must not be before the child's date of birth";
        }
        return null;
    }

    public static AdoptionDecision decision(UUID id, UUID childId, DecisionInput in, List<AdoptionDecision> others,
            LocalDate birth, LocalDate today) {
        FieldProblems problems = new FieldProblems(in.earlier());
        if (in.decidedOn() == null && !problems.has("decidedOn")) {
            problems.add("decidedOn", "Enter the date of the decision that the child should be placed for adoption");
        }
        checkDate(problems, "decidedOn", in.decidedOn(), birth, today);
        checkDate(problems, "reversedOn", in.reversedOn(), birth, today);
        String reason = upper(in.reversalReason());
        if (reason != null && !REVERSAL_REASONS.contains(reason)) {
            problems.add("reversalReason", "Choose the reason the child should no longer be placed for adoption");
        }
        if (in.reversedOn() != null && reason == null) {
            // rule 119: a reversal needs its reason
            problems.add("reversalReason", "Choose the reason the child should no longer be placed for adoption");
        }
        if (in.reversedOn() == null && reason != null && !problems.has("reversedOn")) {
            problems.add("reversedOn", "Enter the date of the decision that the child should no longer be placed "
                    + "for adoption, or leave the reason blank");
        }
        if (in.decidedOn() != null && in.reversedOn() != null && in.reversedOn().isBefore(in.decidedOn())) {
            // rule 522
            problems.add("reversedOn", "The reversal must be on or after the decision");
        }
        if (in.decidedOn() != null) {
            for (AdoptionDecision other : others) {
                if (other.id().equals(id)) {
                    continue;
                }
                // rule 579: decisions do not overlap; a new one follows the reversal of the one before
                boolean otherFirst = !other.decidedOn().isAfter(in.decidedOn());
                LocalDate firstEnds = otherFirst ? other.reversedOn() : in.reversedOn();
                LocalDate secondStarts = otherFirst ? in.decidedOn() : other.decidedOn();
                if (firstEnds == null || secondStarts.isBefore(firstEnds)) {
                    problems.add("decidedOn", "Another decision that the child should be placed for adoption ("
                            + other.decidedOn() + ") stands at that date: record its reversal first");
                    break;
                }
            }
        }
        throwIfAny(problems);
        return new AdoptionDecision(id, childId, in.decidedOn(), in.reversedOn(), reason, 0);
    }

    public static AdoptionMatch match(UUID childId, MatchInput in, LocalDate birth, LocalDate today) {
        FieldProblems problems = new FieldProblems(in.earlier());
        if (in.matchedOn() == null && !problems.has("matchedOn")) {
            problems.add("matchedOn", "Enter the date the child was matched with prospective adopters");
        }
        checkDate(problems, "matchedOn", in.matchedOn(), birth, today);
        Boolean foster = yesNo(in.byFosterCarers());
        if (foster == null) {
            problems.add("byFosterCarers", "Say whether the adopters are the child's foster carers");
        }
        Integer count = "1".equals(trim(in.adopterCount())) ? Integer.valueOf(1)
                : "2".equals(trim(in.adopterCount())) ? Integer.valueOf(2) : null;
        if (count == null) {
            problems.add("adopterCount", "Choose the number of adopters: 1 or 2");
        }
        String sex = upper(in.adopterSex());
        if (sex == null || !ADOPTER_SEXES.contains(sex)) {
            problems.add("adopterSex", "Choose the sex of the adopter or adopters");
        }
        String ls = upper(in.adopterLegalStatus());
        if (ls == null || !ADOPTER_LEGAL_STATUSES.contains(ls)) {
            problems.add("adopterLegalStatus", "Choose the legal status of the adopter or adopters");
        }
        if (count != null && sex != null && ADOPTER_SEXES.contains(sex)) {
            boolean single = sex.endsWith("1");
            if (single != (count == 1)) {
                problems.add("adopterSex", count == 1 ? "One adopter is a single man (M1) or a single woman (F1)"
                        : "Two adopters are a couple: MM, FF or MF");
            }
        }
        if (count != null && ls != null && ADOPTER_LEGAL_STATUSES.contains(ls) && ls.equals("L0") != (count == 1)) {
            problems.add("adopterLegalStatus", count == 1 ? "One adopter is a single adopter (L0)"
                    : "Two adopters are a couple: L11, L12, L2, L3 or L4");
        }
        if (sex != null && ls != null && !problems.has("adopterSex") && !problems.has("adopterLegalStatus")) {
            boolean sameSex = sex.equals("MM") || sex.equals("FF");
            if ((ls.equals("L11") || ls.equals("L3")) && sameSex) {
                problems.add("adopterLegalStatus", "A different-gender couple (L11, L3) is coded MF");
            }
            if ((ls.equals("L12") || ls.equals("L4")) && sex.equals("MF")) {
                problems.add("adopterLegalStatus", "A same-gender couple (L12, L4) is coded MM or FF");
            }
        }
        throwIfAny(problems);
        return new AdoptionMatch(childId, in.matchedOn(), foster, count, sex, ls, 0);
    }

    public static DeprivationOfLibertyOrder order(UUID id, UUID childId, OrderInput in,
            List<DeprivationOfLibertyOrder> others, LocalDate birth, LocalDate today) {
        FieldProblems problems = new FieldProblems(in.earlier());
        if (in.startedOn() == null && !problems.has("startedOn")) {
            problems.add("startedOn", "Enter the date the order started");
        }
        checkDate(problems, "startedOn", in.startedOn(), birth, today);
        checkDate(problems, "endedOn", in.endedOn(), birth, today);
        if (in.startedOn() != null && in.endedOn() != null && in.endedOn().isBefore(in.startedOn())) {
            // rule 702
            problems.add("endedOn", "The order must end on or after the day it started");
        }
        if (in.startedOn() != null && !problems.has("endedOn")) {
            LocalDate end = in.endedOn() == null ? LocalDate.MAX : in.endedOn();
            for (DeprivationOfLibertyOrder other : others) {
                if (other.id().equals(id)) {
                    continue;
                }
                LocalDate otherEnd = other.endedOn() == null ? LocalDate.MAX : other.endedOn();
                if (!other.startedOn().isAfter(end) && !in.startedOn().isAfter(otherEnd)) {
                    // rule 705: orders do not overlap
                    problems.add("startedOn", "Another order (from " + other.startedOn()
                            + (other.endedOn() == null ? ", still in force" : " to " + other.endedOn())
                            + ") covers these dates");
                    break;
                }
            }
        }
        throwIfAny(problems);
        return new DeprivationOfLibertyOrder(id, childId, in.startedOn(), in.endedOn(), 0);
    }

    private static void checkDate(FieldProblems problems, String field, LocalDate date, LocalDate birth,
            LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            problems.add(field, "The date must not be in the future");
        } else if (birth != null && date.isBefore(birth)) {
            problems.add(field, "The date must not be before the child's date of birth");
        }
    }

    private static void throwIfAny(FieldProblems problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
    }

    static Boolean yesNo(String value) {
        String v = trim(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase()) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String v = trim(value);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }

    /** A date typed as text, for forms: null when blank; a problem for the field when not a date. */
    public static LocalDate parse(String text, String field, List<FieldProblem> problems) {
        String v = trim(text);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "The date must be a real date"));
            return null;
        }
    }
}
