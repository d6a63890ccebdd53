package org.hearth.returns.internal.synthetic;

import static org.hearth.returns.internal.data.ReturnDates.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.ReturnUnderValidation;

/**
 * Writes a synthetic 903 return of any size for a year, with last year's return for the same children, for tests and
 * benchmarks (issue 8: about 1,000 and about 50,000 children, the larger with about 85,000 episodes). Each child has one
 * life story from which both years are cut, so last year's and this year's returns agree as a real council's would.
 * A controlled share of children get one deliberate mistake each, a code or date a named rule must find.
 * Repeatable: the same seed gives the same return.
 */
public final class SyntheticReturns {

    /** Shares of the children: most are looked after in the year; the rest are care leavers around 19 to 21. */
    private static final double CARE_LEAVER_SHARE = 0.10;

    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MWBA",
        "MOTH", "AIND", "APKN", "ABAN", "BCRB", "BAFR", "BOTH", "OOTH", "WROM", "CHNE", "REFU", "NOBT"};
    private static final String[] LEGAL = {"C2", "C2", "C2", "C2", "C1", "C1", "V2", "V2", "V2"};
    private static final String[] NEED = {"N1", "N1", "N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N6", "N8"};
    private static final String[] FOSTER = {"U1", "U3", "U4", "U4", "U6", "U6", "U6", "U6"};
    private static final String[] MOVE_REASONS = {"CARPL", "CARPL", "CREQB", "CREQO", "LAREQ", "CHILD", "STAND",
        "OTHER"};
    private static final String[] LEAVING = {"E4A", "E4A", "E13", "E41", "E45", "E47", "E8", "E4B"};
    private static final String[] SW_REASONS = {"MANAGE", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "OTHERS"};
    private static final String[] ACTIVITIES = {"F1", "F2", "F4", "F5", "P2", "P5", "G4", "G5", "G6"};
    private static final String[] ACCOMMODATION = {"U1", "U1", "D1", "E1", "B1", "K1", "T1", "Z1", "S2", "U2"};
    private static final String[] OUTWARD = {"TW9", "TW10", "TW1", "TW2", "SW14", "SW13", "KT1", "KT2", "TW11",
        "SW15", "SW19", "CR0", "SE1", "RG1", "GU1", "BN1", "M1", "B1", "LS1", "NG1"};

    private final Random random;
    private final CollectionYear year;
    private final double errorShare;
    private final String idPrefix;

    private SyntheticReturns(long seed, CollectionYear year, double errorShare, String idPrefix) {
        this.random = new Random(seed);
        this.year = year;
        this.errorShare = errorShare;
        this.idPrefix = idPrefix;
    }

    /**
     * @param children how many children this year's return is about
     * @param errorShare the share of children (0 to 1) given one deliberate mistake in this year's return
     */
    public static SyntheticReturn generate(int children, CollectionYear year, double errorShare, long seed) {
        return generate(children, year, errorShare, seed, "");
    }

    /** @param idPrefix put before each child's number (a benchmark's children new to Hearth on every run) */
    public static SyntheticReturn generate(int children, CollectionYear year, double errorShare, long seed,
            String idPrefix) {
        return new SyntheticReturns(seed, year, errorShare, idPrefix).generate(children);
    }

    private SyntheticReturn generate(int children) {
        Tables current = new Tables();
        Tables previous = new Tables();
        List<DeliberateError> errors = new ArrayList<>();
        // children whose care ended before the year are not in its return: make stories until enough are
        for (int i = 0, inReturn = 0; inReturn < children; i++) {
            ChildStory child = random.nextDouble() < CARE_LEAVER_SHARE ? careLeaver(i) : lookedAfter(i);
            if (!child.write(year, current, random)) {
                continue;
            }
            inReturn++;
            child.write(year.previous(), previous, random);
            if (random.nextDouble() < errorShare) {
                DeliberateError error = current.spoil(child.id, random);
                if (error != null) {
                    errors.add(error);
                }
            }
        }
        return new SyntheticReturn(year, current.data(), previous.data(), List.copyOf(errors));
    }

    private ChildStory lookedAfter(int index) {
        ChildStory child = new ChildStory(id(index));
        LocalDate end = year.end();
        int ageAtStart = random.nextInt(17);
        child.dateOfBirth = year.start().minusYears(ageAtStart).minusDays(1 + random.nextInt(364));
        child.details(random, year.end());
        // the period of care: begun in the last four years, at least a day after birth
        LocalDate earliest = later(child.dateOfBirth.plusDays(1), year.start().minusYears(4));
        LocalDate careStart = earliest.plusDays(random.nextInt((int) Math.max(1,
                ChronoUnit.DAYS.between(earliest, end.minusDays(10)))));
        boolean adoption = ageAtStart < 4 && random.nextDouble() < 0.12;
        child.episodes(careStart, end, adoption, random);
        child.uasc = ageAtStart >= 14 && random.nextDouble() < 0.25;
        if (child.uasc) {
            // status ceases at 18 (rule 304), given ahead of time as rule 205B expects
            child.uascCeased = child.dateOfBirth.plusYears(18);
        }
        return child;
    }

    private ChildStory careLeaver(int index) {
        ChildStory child = new ChildStory(id(index));
        int age = 19 + random.nextInt(3);
        child.dateOfBirth = year.end().minusYears(age).minusDays(random.nextInt(364));
        child.details(random, year.end());
        child.careLeaver = true;
        child.inTouch = random.nextDouble() < 0.88 ? "YES" : random.nextBoolean() ? "NO" : "REFU";
        child.activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
        child.accommodation = ACCOMMODATION[random.nextInt(ACCOMMODATION.length)];
        return child;
    }

    private String id(int index) {
        return idPrefix + (1_000_000 + index);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static String postcode(Random random) {
        return OUTWARD[random.nextInt(OUTWARD.length)] + " " + (1 + random.nextInt(9))
                + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** One child's life as the return sees it; each year's tables are cut from it. */
    private static final class ChildStory {
        final String id;
        LocalDate dateOfBirth;
        String sex;
        String ethnicity;
        String upn;
        String mother;
        boolean uasc;
        LocalDate uascCeased;
        boolean careLeaver;
        String inTouch;
        String activity;
        String accommodation;
        final List<Episode> episodes = new ArrayList<>();
        final List<LocalDate> reviews = new ArrayList<>();
        final List<LocalDate[]> missing = new ArrayList<>();
        final List<String[]> socialWorkers = new ArrayList<>();
        LocalDate placedForAdoptionDecision;
        LocalDate matched;
        LocalDate[] deprivationOfLiberty;
        String health;

        ChildStory(String id) {
            this.id = id;
        }

        void details(Random random, LocalDate yearEnd) {
            sex = random.nextBoolean() ? "M" : "F";
            ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
            int age = ReturnUnderValidation.age(dateOfBirth, yearEnd);
            upn = age < 5 ? "UN1" : String.format("A%011d%d", Math.abs(random.nextLong() % 100_000_000_000L),
                    random.nextInt(10));
            // more mothers than in life (about 3% of girls in care of 14 and over) so that small returns have some;
            // the first child born at 13, so before the collection year and while she was looked after (rule 625)
            mother = "F".equals(sex) ? (age >= 14 && random.nextDouble() < 0.12 ? "1" : "0") : null;
            health = Long.toString(random.nextLong());
        }

        void episodes(LocalDate careStart, LocalDate yearEnd, boolean adoption, Random random) {
            LocalDate start = careStart;
            String legal = LEGAL[random.nextInt(LEGAL.length)];
            String need = NEED[random.nextInt(NEED.length)];
            String home = postcode(random);
            String placement = firstPlacement(random, careStart);
            String reasonNew = "S";
            int moves = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(7);
            LocalDate lastDay = yearEnd;
            String at = postcode(random);
            for (int m = 0; m <= moves + (adoption ? 1 : 0); m++) {
                boolean last = m == moves + (adoption ? 1 : 0);
                if (!"L".equals(reasonNew)) {
                    at = postcode(random);
                }
                Episode episode = new Episode(start, reasonNew, legal, need, placement, home, at);
                episodes.add(episode);
                LocalDate ceases = start.plusDays(20 + random.nextInt(220));
                if (!last && ceases.isBefore(lastDay)) {
                    episode.ceased = ceases;
                    episode.reasonCeased = "X1";
                    boolean legalOnly = !adoption && random.nextInt(5) == 0 && !"C2".equals(legal);
                    if (legalOnly) {
                        legal = "C2";
                        reasonNew = "L";
                    } else {
                        boolean toAdopters = adoption && m == moves;
                        episode.reasonPlaceChange = toAdopters ? "CARPL" : MOVE_REASONS[random.nextInt(
                                MOVE_REASONS.length)];
                        if (toAdopters) {
                            legal = "E1";
                            placement = "A6";
                            reasonNew = "B";
                            long span = ChronoUnit.DAYS.between(start, ceases);
                            placedForAdoptionDecision = start.plusDays(span / 3);
                            matched = start.plusDays(2 * span / 3);
                        } else {
                            placement = FOSTER[random.nextInt(FOSTER.length)];
                            reasonNew = "P";
                        }
                    }
                    start = ceases;
                } else {
                    if (adoption && "A6".equals(episode.placement)) {
                        episode.ceased = later(ceases, start.plusDays(120));
                        episode.reasonCeased = "E11";
                        if (episode.ceased.isAfter(yearEnd)) {
                            episode.ceased = null;
                            episode.reasonCeased = null;
                        }
                    } else if (random.nextInt(100) < 35 && ceases.isBefore(yearEnd)) {
                        episode.ceased = ceases;
                        String leaving = LEAVING[random.nextInt(LEAVING.length)];
                        // special guardianship to former foster carers needs a foster placement (rule 516)
                        episode.reasonCeased = "E45".equals(leaving) && !episode.placement.startsWith("U") ? "E4A"
                                : leaving;
                    }
                    break;
                }
            }
            LocalDate careEnd = episodes.get(episodes.size() - 1).ceased;
            LocalDate until = careEnd == null ? yearEnd : careEnd;
            for (LocalDate review = careStart.plusDays(20); !review.isAfter(until); review = review.plusMonths(
                    review.isBefore(careStart.plusMonths(4)) ? 3 : 6)) {
                reviews.add(review);
            }
            if (random.nextInt(100) < 12) {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    long span = Math.max(1, ChronoUnit.DAYS.between(careStart, until) - 6);
                    LocalDate left = careStart.plusDays(random.nextLong(span));
                    missing.add(new LocalDate[] {left, left.plusDays(1 + random.nextInt(4))});
                }
                missing.sort((a, b) -> a[0].compareTo(b[0]));
                for (int i = 1; i < missing.size(); i++) {
                    if (!missing.get(i)[0].isAfter(missing.get(i - 1)[1])) {
                        missing.remove(i--);
                    }
                }
            }
            // a social worker from before care began: the return wants the whole year covered (SW12STG2)
            LocalDate swStart = careStart.minusDays(30 + random.nextInt(200));
            String reason = "FCONTA";
            while (true) {
                LocalDate change = swStart.plusDays(150 + random.nextInt(500));
                boolean ends = careEnd == null ? change.isAfter(yearEnd) : !change.isBefore(careEnd);
                // a council's workforce, not a new worker per episode (imports list each unknown SW_ID once); the
                // same draw as before, so the rest of a seeded return is unchanged
                String worker = "SW" + (100_000 + random.nextInt(900_000) % 800);
                socialWorkers.add(new String[] {worker, format(swStart), ends ? careEnd == null ? null
                        : format(careEnd) : format(change), reason});
                if (ends) {
                    break;
                }
                swStart = change;
                reason = SW_REASONS[random.nextInt(SW_REASONS.length)];
            }
            Episode childrensHome = episodes.stream().filter(e -> "K2".equals(e.placement)).findFirst()
                    .orElse(null);
            if (childrensHome != null && random.nextInt(100) < 8) {
                LocalDate from = childrensHome.decom.plusDays(10);
                LocalDate to = childrensHome.ceased == null ? null : childrensHome.ceased.minusDays(1);
                if (to == null || to.isAfter(from)) {
                    deprivationOfLiberty = new LocalDate[] {from, to};
                }
            }
        }

        private String firstPlacement(Random random, LocalDate careStart) {
            int age = ReturnUnderValidation.age(dateOfBirth, careStart);
            int pick = random.nextInt(100);
            if (age >= 16 && pick < 25) {
                return "K3";
            }
            if (age >= 11 && pick < 20) {
                return "K2";
            }
            return FOSTER[random.nextInt(FOSTER.length)];
        }

        /** This child's rows for a year's return, when the child belongs in it; false when not. */
        boolean write(CollectionYear year, Tables tables, Random random) {
            List<Episode> inYear = episodes.stream().filter(e -> e.overlaps(year)).toList();
            boolean oc3 = careLeaver && year.contains(dateOfBirth.plusYears(ReturnUnderValidation.age(dateOfBirth,
                    year.end())));
            if (inYear.isEmpty() && !oc3) {
                return false;
            }
            String dob = format(dateOfBirth);
            tables.add(ReturnTable.HEADER, "CHILD", id, "SEX", sex, "DOB", dob, "ETHNIC", ethnicity, "UPN", upn,
                    "MOTHER", inYear.isEmpty() ? null : mother, "MC_DOB", "1".equals(mother) && !inYear.isEmpty()
                            ? format(dateOfBirth.plusYears(13)) : null);
            if (oc3) {
                tables.add(ReturnTable.OC3, "CHILD", id, "DOB", dob, "IN_TOUCH", inTouch, "ACTIV",
                        "YES".equals(inTouch) ? activity : "0", "ACCOM", "YES".equals(inTouch) ? accommodation : "0");
                return true;
            }
            for (Episode e : inYear) {
                boolean needsUrn = !e.placement.startsWith("P") && !e.placement.startsWith("T");
                // an episode that ends after 31 March is open in that year's return
                boolean open = e.ceased == null || e.ceased.isAfter(year.end());
                tables.add(ReturnTable.EPISODES, "CHILD", id, "DECOM", format(e.decom), "RNE", e.reasonNew, "LS",
                        e.legal, "CIN", e.need, "PLACE", e.placement, "PLACE_PROVIDER", e.provider(), "DEC",
                        open ? null : format(e.ceased), "REC", open ? null : e.reasonCeased, "REASON_PLACE_CHANGE",
                        open ? null : e.reasonPlaceChange,
                        "HOME_POST", uasc ? null : e.home, "PL_POST", e.at, "URN", needsUrn ? e.urn() : null);
            }
            for (LocalDate review : reviews) {
                if (year.contains(review)) {
                    int age = ReturnUnderValidation.age(dateOfBirth, review);
                    tables.add(ReturnTable.REVIEWS, "CHILD", id, "DOB", dob, "REVIEW", format(review), "REVIEW_CODE",
                            age < 4 ? "PN0" : "PN" + (1 + Math.floorMod(review.getDayOfYear(), 7)));
                }
            }
            if (uasc) {
                tables.add(ReturnTable.UASC, "CHILD", id, "SEX", sex, "DOB", dob, "DUC", format(uascCeased));
            }
            for (LocalDate[] m : missing) {
                if (!m[0].isAfter(year.end()) && !m[1].isBefore(year.start())) {
                    tables.add(ReturnTable.MISSING, "CHILD", id, "DOB", dob, "MISSING", m[0].getDayOfMonth() % 3 == 0
                            ? "A" : "M", "MIS_START", format(m[0]), "MIS_END", m[1].isAfter(year.end()) ? null
                            : format(m[1]));
                }
            }
            Episode lastEpisode = episodes.get(episodes.size() - 1);
            boolean lookedAfterAtEnd = lastEpisode.ceased == null || lastEpisode.ceased.isAfter(year.end());
            // social worker episodes are asked for children looked after on 31 March (SW12STG2, SW17STG2)
            for (String[] sw : lookedAfterAtEnd ? socialWorkers : List.<String[]>of()) {
                LocalDate from = org.hearth.returns.internal.data.ReturnDates.parse(sw[1]);
                LocalDate to = sw[2] == null ? null : org.hearth.returns.internal.data.ReturnDates.parse(sw[2]);
                if (!from.isAfter(year.end()) && (to == null || !to.isBefore(year.start()))) {
                    tables.add(ReturnTable.SW_EPISODES, "CHILD", id, "DOB", dob, "SW_ID", sw[0], "SW_DECOM", sw[1],
                            "SW_DEC", to == null || to.isAfter(year.end()) ? null : sw[2], "SW_REASON", sw[3]);
                }
            }
            Episode first = episodes.get(0);
            if (year.contains(first.decom)) {
                tables.add(ReturnTable.PREV_PERM, "CHILD", id, "DOB", dob, "PREV_PERM", "Z1");
            }
            if (placedForAdoptionDecision != null && !placedForAdoptionDecision.isAfter(year.end())) {
                Episode last = episodes.get(episodes.size() - 1);
                boolean adopted = "E11".equals(last.reasonCeased) && year.contains(last.ceased);
                if (year.contains(placedForAdoptionDecision) || adopted) {
                    tables.add(ReturnTable.PLACED_ADOPTION, "CHILD", id, "DOB", dob, "DATE_PLACED",
                            format(placedForAdoptionDecision));
                }
                if (adopted) {
                    tables.add(ReturnTable.AD1, "CHILD", id, "DOB", dob, "DATE_INT", format(
                            placedForAdoptionDecision), "DATE_MATCH", format(matched), "FOSTER_CARE", "0",
                            "NB_ADOPTR", "2", "SEX_ADOPTR", "MF", "LS_ADOPTR", "L11");
                }
            }
            if (deprivationOfLiberty != null && year.endYear() >= 2027 && !deprivationOfLiberty[0].isAfter(year.end())
                    && (deprivationOfLiberty[1] == null || !deprivationOfLiberty[1].isBefore(year.start()))) {
                tables.add(ReturnTable.DOLO, "CHILD", id, "DOB", dob, "DOLO_START", format(deprivationOfLiberty[0]),
                        "DOLO_END", deprivationOfLiberty[1] == null || deprivationOfLiberty[1].isAfter(year.end())
                                ? null : format(deprivationOfLiberty[1]));
            }
            Episode latest = episodes.get(episodes.size() - 1);
            boolean lookedAfterAllYear = !first.decom.isAfter(year.start())
                    && (latest.ceased == null || latest.ceased.isAfter(year.end()));
            if (lookedAfterAllYear) {
                int age = ReturnUnderValidation.age(dateOfBirth, year.end());
                int ageAtStart = ReturnUnderValidation.age(dateOfBirth, year.start());
                Random health = new Random(this.health.hashCode() + year.endYear());
                boolean misuse = age >= 11 && health.nextInt(100) < 6;
                boolean received = misuse && health.nextBoolean();
                tables.add(ReturnTable.OC2, "CHILD", id, "DOB", dob,
                        "SDQ_SCORE", age >= 4 && ageAtStart <= 16 ? Integer.toString(health.nextInt(30)) : null,
                        "CONVICTED", age >= 10 ? (health.nextInt(100) < 4 ? "1" : "0") : null,
                        "HEALTH_CHECK", age < 5 ? "1" : null,
                        "IMMUNISATIONS", health.nextInt(100) < 90 ? "1" : "0",
                        "TEETH_CHECK", health.nextInt(100) < 85 ? "1" : "0",
                        "HEALTH_ASSESSMENT", health.nextInt(100) < 92 ? "1" : "0",
                        "SUBSTANCE_MISUSE", misuse ? "1" : "0",
                        "INTERVENTION_RECEIVED", misuse ? (received ? "1" : "0") : null,
                        "INTERVENTION_OFFERED", misuse && !received ? "1" : null);
            }
            return true;
        }
    }

    private static final class Episode {
        final LocalDate decom;
        final String reasonNew;
        final String legal;
        final String need;
        final String placement;
        final String home;
        final String at;
        LocalDate ceased;
        String reasonCeased;
        String reasonPlaceChange;

        Episode(LocalDate decom, String reasonNew, String legal, String need, String placement, String home,
                String at) {
            this.decom = decom;
            this.reasonNew = reasonNew;
            this.legal = legal;
            this.need = need;
            this.placement = placement;
            this.home = home;
            this.at = at;
        }

        boolean overlaps(CollectionYear year) {
            return !decom.isAfter(year.end()) && (ceased == null || !ceased.isBefore(year.start()));
        }

        String provider() {
            return placement.startsWith("U") && at.hashCode() % 3 != 0 ? "PR1" : "PR4";
        }

        String urn() {
            return placement.startsWith("U") ? String.format("SC%06d", Math.floorMod(at.hashCode(), 1_000_000))
                    : String.format("%07d", 1_000_000 + Math.floorMod(at.hashCode(), 9_000_000));
        }
    }

    /** Rows being written, per table. */
    private static final class Tables {
        private final Map<ReturnTable, List<String[]>> rows = new EnumMap<>(ReturnTable.class);

        void add(ReturnTable table, String... columnsAndValues) {
            String[] values = new String[table.columns().size()];
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                values[table.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
            }
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        }

        /** Puts one mistake a named rule must find into one of the child's rows. */
        DeliberateError spoil(String child, Random random) {
            Mistake mistake = Mistake.values()[random.nextInt(Mistake.values().length)];
            List<String[]> candidates = rows.getOrDefault(mistake.table, List.of()).stream()
                    .filter(r -> child.equals(r[0]) && mistake.applies(r)).toList();
            if (candidates.isEmpty()) {
                return null;
            }
            String[] row = candidates.get(random.nextInt(candidates.size()));
            row[mistake.table.indexOf(mistake.column)] = mistake.value;
            return new DeliberateError(child, mistake.table, mistake.column, mistake.value, mistake.rule);
        }

        ReturnData data() {
            Map<ReturnTable, List<ReturnRow>> tables = new EnumMap<>(ReturnTable.class);
            Map<ReturnTable, String> sources = new EnumMap<>(ReturnTable.class);
            for (ReturnTable table : ReturnTable.values()) {
                List<String[]> values = rows.getOrDefault(table, List.of());
                List<ReturnRow> list = new ArrayList<>(values.size());
                for (int i = 0; i < values.size(); i++) {
                    list.add(new ReturnRow(table, i + 2, values.get(i)));
                }
                tables.put(table, list);
                sources.put(table, table.fileName());
            }
            return new ReturnData(tables, sources);
        }
    }

    /** The deliberate mistakes: each a code or date that only one plain validity rule need find. */
    private enum Mistake {
        SEX(ReturnTable.HEADER, "SEX", "X", "101"),
        ETHNICITY(ReturnTable.HEADER, "ETHNIC", "XXXX", "103"),
        UPN(ReturnTable.HEADER, "UPN", "A12345", "168"),
        REASON_NEW(ReturnTable.EPISODES, "RNE", "Q", "143"),
        LEGAL_STATUS(ReturnTable.EPISODES, "LS", "Z9", "144"),
        NEED(ReturnTable.EPISODES, "CIN", "N9", "145"),
        PLACEMENT(ReturnTable.EPISODES, "PLACE", "H5", "146"),
        PROVIDER(ReturnTable.EPISODES, "PLACE_PROVIDER", "PR9", "178"),
        REVIEW_CODE(ReturnTable.REVIEWS, "REVIEW_CODE", "PN9", "167"),
        MISSING_TYPE(ReturnTable.MISSING, "MISSING", "X", "1006"),
        MISSING_START(ReturnTable.MISSING, "MIS_START", "2026-05-01", "1004"),
        SOCIAL_WORKER(ReturnTable.SW_EPISODES, "SW_ID", "AB12345", "SW02STG1"),
        SOCIAL_WORKER_REASON(ReturnTable.SW_EPISODES, "SW_REASON", "WHATEVER", "SW13STG1"),
        SDQ(ReturnTable.OC2, "SDQ_SCORE", "55", "180"),
        IN_TOUCH(ReturnTable.OC3, "IN_TOUCH", "MAYBE", "131");

        final ReturnTable table;
        final String column;
        final String value;
        final String rule;

        Mistake(ReturnTable table, String column, String value, String rule) {
            this.table = table;
            this.column = column;
            this.value = value;
            this.rule = rule;
        }

        boolean applies(String[] row) {
            return this != PROVIDER || row[table.indexOf(column)] != null;
        }
    }
}
