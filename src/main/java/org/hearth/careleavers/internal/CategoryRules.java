package org.hearth.careleavers.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hearth.careleavers.CareLeaverCategory;
import org.hearth.children.CareHistory;
import org.hearth.children.EpisodeView;

/**
 * Works out the care leaver category from the care history (Children (Leaving Care) Act 2000; Care Leavers (England)
 * Regulations 2010; ../shared/docs/domain.md glossary):
 * <ul>
 * <li>eligible: 16 or 17, looked after now, and looked after for at least 13 weeks in total since the 14th birthday,
 * a period that ends after the 16th birthday;</li>
 * <li>relevant: 16 or 17, not looked after, and was eligible before leaving care;</li>
 * <li>former relevant: 18 to 24, was eligible (and so relevant, if they left before 18);</li>
 * <li>qualifying: 16 to 24, looked after at or after 16 but never eligible (for example fewer than 13 weeks).</li>
 * </ul>
 * Short breaks (legal status V3 or V4) are not care for this, as the KPIs ignore them (domain.md, KPIs). A day counts
 * as a day in care from the episode's start (DECOM) to the day before it ended (DEC), and to today while open: a child
 * who came into care 91 days ago, today included, has been looked after for exactly 13 weeks.
 */
public final class CategoryRules {

    /** 13 weeks, in days (Care Leavers (England) Regulations 2010 reg 3). */
    static final int THIRTEEN_WEEKS = 91;
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CategoryRules() {
    }

    /** A stretch of care: the first day and the day after the last. */
    private record Stretch(LocalDate from, LocalDate until) {
    }

    public static CategoryAssessment assess(CareHistory history, LocalDate today) {
        LocalDate born = history.dateOfBirth();
        LocalDate fourteen = born.plusYears(14);
        LocalDate sixteen = born.plusYears(16);
        LocalDate eighteen = born.plusYears(18);
        int age = Period.between(born, today).getYears();
        List<Stretch> care = stretches(history.episodes(), today);
        boolean lookedAfterNow = !care.isEmpty() && care.get(care.size() - 1).until().isAfter(today);
        LocalDate leftCareOn = care.isEmpty() || lookedAfterNow ? null : care.get(care.size() - 1).until();
        LocalDate firstRecorded = care.isEmpty() ? null : care.get(0).from();
        // Hearth may not hold care from before its records began: only then can earlier care change the answer
        boolean recordsCover14 = firstRecorded != null && !firstRecorded.isAfter(fourteen);
        String recordsNote = firstRecorded == null || recordsCover14 ? ""
                : " Hearth's records of this young person's care start on " + firstRecorded.format(DATE)
                        + ", after the 14th birthday: any care before then is not known to Hearth and would count.";

        if (age < 16) {
            return new CategoryAssessment(CareLeaverCategory.NOT_A_CARE_LEAVER, "Aged " + age + ": under 16.", true,
                    lookedAfterNow, leftCareOn);
        }
        if (age >= 25) {
            return new CategoryAssessment(CareLeaverCategory.NOT_A_CARE_LEAVER,
                    "Aged " + age + ": leaving care support ends at 25.", true, lookedAfterNow, leftCareOn);
        }
        LocalDate lastDayAt16Or17 = lastDayInCare(care, sixteen, eighteen);
        boolean wasEligible = lastDayAt16Or17 != null
                && daysSince(care, fourteen, lastDayAt16Or17.plusDays(1)) >= THIRTEEN_WEEKS;
        boolean lookedAfterAtOrAfter16 = lastDayInCare(care, sixteen, today.plusDays(1)) != null;
        long daysSince14 = daysSince(care, fourteen, today.plusDays(1));
        String inCare = "In care " + duration(daysSince14) + " since the 14th birthday";
        String left = leftCareOn == null ? "" : "; left care on " + leftCareOn.format(DATE) + " aged "
                + Period.between(born, leftCareOn).getYears();

        if (age < 18 && lookedAfterNow) {
            if (daysSince14 >= THIRTEEN_WEEKS) {
                return new CategoryAssessment(CareLeaverCategory.ELIGIBLE, inCare
                        + " (at least 13 weeks); looked after now, aged " + age + ".", true, true, null);
            }
            LocalDate eligibleOn = today.plusDays(THIRTEEN_WEEKS - daysSince14);
            // Not yet a care leaver: "qualifying" is someone who has LEFT care at or after 16 without becoming
            // eligible (Children Act 1989 s24(1A)); while still looked after they are neither
            return new CategoryAssessment(CareLeaverCategory.NOT_YET_ELIGIBLE, inCare + ", fewer than the 13 weeks "
                    + "that make a young person eligible; looked after now, aged " + age + "."
                    + (eligibleOn.isBefore(eighteen) ? " Eligible from " + eligibleOn.format(DATE)
                            + " if still looked after." : "")
                    + " Leaving care before then would make them qualifying." + recordsNote, recordsCover14, true,
                    null);
        }
        if (wasEligible) {
            CareLeaverCategory category = age < 18 ? CareLeaverCategory.RELEVANT : CareLeaverCategory.FORMER_RELEVANT;
            String still = lookedAfterNow ? "; still looked after, aged " + age : left;
            return new CategoryAssessment(category, inCare + " (at least 13 weeks), ending after the 16th birthday"
                    + still + ".", true, lookedAfterNow, leftCareOn);
        }
        if (lookedAfterAtOrAfter16) {
            return new CategoryAssessment(CareLeaverCategory.QUALIFYING, "Looked after at or after the 16th birthday, "
                    + "but in care only " + duration(daysSince14) + " since the 14th birthday before 18 (13 weeks "
                    + "make a young person eligible)" + left + "." + recordsNote, recordsCover14, lookedAfterNow,
                    leftCareOn);
        }
        String why = care.isEmpty() ? "No care recorded in Hearth."
                : "Not looked after at or after the 16th birthday" + left + ".";
        return new CategoryAssessment(CareLeaverCategory.NOT_A_CARE_LEAVER, why + recordsNote,
                firstRecorded != null && recordsCover14, lookedAfterNow, leftCareOn);
    }

    /** Periods of care other than short breaks, joined where one episode follows another on the same day. */
    private static List<Stretch> stretches(List<EpisodeView> episodes, LocalDate today) {
        List<EpisodeView> sorted = new ArrayList<>(episodes.stream()
                .filter(e -> e.ls() == null || !SHORT_BREAKS.contains(e.ls())).toList());
        sorted.sort(Comparator.comparing(EpisodeView::decom));
        List<Stretch> stretches = new ArrayList<>();
        for (EpisodeView e : sorted) {
            LocalDate from = e.decom();
            LocalDate until = e.dec() == null ? today.plusDays(1) : e.dec();
            if (from.isAfter(today) || !until.isAfter(from)) {
                continue;
            }
            if (until.isAfter(today.plusDays(1))) {
                until = today.plusDays(1);
            }
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && !from.isAfter(last.until())) {
                stretches.set(stretches.size() - 1, new Stretch(last.from(), until.isAfter(last.until()) ? until
                        : last.until()));
            } else {
                stretches.add(new Stretch(from, until));
            }
        }
        return stretches;
    }

    /** Days in care from {@code from} to the day before {@code until}. */
    private static long daysSince(List<Stretch> care, LocalDate from, LocalDate until) {
        long days = 0;
        for (Stretch s : care) {
            LocalDate start = s.from().isAfter(from) ? s.from() : from;
            LocalDate end = s.until().isBefore(until) ? s.until() : until;
            if (end.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, end);
            }
        }
        return days;
    }

    /** The last day in care on or after {@code from} and before {@code until}, or null. */
    private static LocalDate lastDayInCare(List<Stretch> care, LocalDate from, LocalDate until) {
        LocalDate last = null;
        for (Stretch s : care) {
            LocalDate end = s.until().isBefore(until) ? s.until() : until;
            LocalDate lastDay = end.minusDays(1);
            if (!lastDay.isBefore(from) && !lastDay.isBefore(s.from())) {
                last = lastDay;
            }
        }
        return last;
    }

    /** "2 years 3 months", "12 weeks 6 days": how long, in words a worker would use. */
    static String duration(long days) {
        if (days < 92) {
            long weeks = days / 7;
            long rest = days % 7;
            return weeks == 0 ? plural(rest, "day") : plural(weeks, "week") + (rest == 0 ? "" : " " + plural(rest, "day"));
        }
        LocalDate base = LocalDate.of(2001, 1, 1);
        Period p = Period.between(base, base.plusDays(days));
        String years = p.getYears() == 0 ? "" : plural(p.getYears(), "year");
        String months = p.getMonths() == 0 ? "" : plural(p.getMonths(), "month");
        return (years + " " + months).trim();
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
