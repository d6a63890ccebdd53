package org.hearth.returns.internal.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.hearth.children.ChildImports;
import org.hearth.children.ChildImports.ImportedEpisode;
import org.hearth.children.ChildImports.NewChildWithId;
import org.hearth.children.ChildView;
import org.hearth.children.EpisodeView;
import org.hearth.children.NewChild;
import org.hearth.codes.CodeField;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnRow;
import org.hearth.returns.internal.data.ReturnTable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Header, UASC and Episodes: the children (matched by local child id = CHILD) and their episodes of care (matched by
 * child and start date, DECOM), through the children module's {@link ChildImports}. Runs first: every other table
 * needs the children.
 */
@Component
@Order(0)
class ChildrenImporter implements TableImporter {

    /** The 903 has no names: a child new to Hearth is named so, and shown as needing their names (ADR 0010). */
    static final String NO_NAME = "Not in return";

    // as the children module's own checks and the child table's constraints (V3)
    private static final Pattern LOCAL_CHILD_ID = Pattern.compile("^[A-Za-z0-9]{1,20}$");
    private static final Pattern UPN = Pattern.compile("^([A-HJ-NP-RT-Z][0-9]{11}[0-9A-Z]|UN[1-5])$");
    private static final Set<String> SEXES = Set.of("1", "2", "M", "F", "U");
    private static final Set<String> FLAGS = Set.of("0", "1");

    private final ChildImports children;

    ChildrenImporter(ChildImports children) {
        this.children = children;
    }

    @Override
    public List<ReturnTable> tables() {
        return List.of(ReturnTable.HEADER, ReturnTable.UASC, ReturnTable.EPISODES);
    }

    @Override
    public void check(ReturnData data, ImportChecks checks) {
        Map<String, LocalDate> births = new HashMap<>();
        for (ReturnRow row : data.rows(ReturnTable.HEADER)) {
            if (row.child() != null && !LOCAL_CHILD_ID.matcher(row.child()).matches()) {
                checks.problem(row, "CHILD", "A child id must be 1 to 20 letters and numbers, with no spaces");
            }
            checks.oneOf(row, "SEX", SEXES, true);
            LocalDate dob = checks.date(row, "DOB", true);
            if (dob != null && dob.isBefore(checks.today().minusYears(26))) {
                checks.problem(row, "DOB", "Born more than 26 years ago: Hearth supports care leavers to 25");
            }
            if (dob != null && row.child() != null) {
                births.putIfAbsent(row.child(), dob);
            }
            checks.code(row, "ETHNIC", CodeField.ETHNIC, null, true);
            if (row.isPresent("UPN") && !UPN.matcher(row.value("UPN")).matches()) {
                checks.problem(row, "UPN", "A UPN is a letter (not I, O or S), 11 digits and a digit or letter, or "
                        + "UN1 to UN5");
            }
            checks.oneOf(row, "MOTHER", FLAGS, false);
            LocalDate firstChild = checks.date(row, "MC_DOB", false);
            // a first child's date Hearth would record for a mother: not before her own birth nor her 11th birthday
            // (a boy's MOTHER, and an MC_DOB without MOTHER 1, are not taken, so not checked; see mother())
            if (firstChild != null && "1".equals(row.value("MOTHER")) && !"M".equals(sex(row.value("SEX")))) {
                children.problemsWithFirstChildBornOn(firstChild, dob, checks.today())
                        .forEach(message -> checks.problem(row, "MC_DOB", message));
            }
        }
        for (ReturnRow row : data.rows(ReturnTable.UASC)) {
            LocalDate dob = births.get(row.child());
            if (statusCeasesAtEighteen(row, dob, checks.today())) {
                continue; // still UASC: the 18th birthday given ahead, as DfE expects (docs/903-rules, 205B)
            }
            LocalDate ceased = checks.date(row, "DUC", false);
            if (ceased != null && dob != null && ceased.isBefore(dob)) {
                checks.problem(row, "DUC", "UASC status ceased before the child was born");
            }
        }
        for (Map.Entry<String, List<ReturnRow>> child : data.byChild(ReturnTable.EPISODES).entrySet()) {
            checkEpisodes(child.getValue(), births.get(child.getKey()), checks);
        }
    }

    /**
     * A DUC still to come that is the child's 18th birthday: the return gives the date UASC status will cease by age
     * (rule 304) ahead of time, as rule 205B expects. Hearth's record holds a ceased date only once it has passed, so
     * such a DUC is read as "still UASC"; the export writes the 18th birthday back (docs/returns-export.md).
     */
    private static boolean statusCeasesAtEighteen(ReturnRow uasc, LocalDate dob, LocalDate today) {
        LocalDate ceased = uasc.date("DUC");
        return ceased != null && dob != null && ceased.isAfter(today) && ceased.equals(dob.plusYears(18));
    }

    private static void checkEpisodes(List<ReturnRow> episodes, LocalDate dob, ImportChecks checks) {
        ReturnRow previous = null;
        for (ReturnRow row : episodes) {
            LocalDate decom = checks.date(row, "DECOM", true);
            if (decom != null && dob != null && decom.isBefore(dob)) {
                checks.problem(row, "DECOM", "The episode starts before the child was born");
            }
            checks.code(row, "RNE", CodeField.RNE, decom, true);
            checks.code(row, "LS", CodeField.LS, decom, true);
            checks.code(row, "CIN", CodeField.CIN, decom, true);
            checks.code(row, "PLACE", CodeField.PLACE, decom, true);
            checks.code(row, "PLACE_PROVIDER", CodeField.PLACE_PROVIDER, decom, false);
            LocalDate dec = checks.date(row, "DEC", false);
            if (dec != null && decom != null && !dec.isAfter(decom)) {
                checks.problem(row, "DEC", "The episode ends (DEC) on or before the day it starts (DECOM "
                        + row.value("DECOM") + ")");
            }
            if (row.isPresent("DEC") != row.isPresent("REC")) {
                checks.problem(row, "REC", row.isPresent("DEC") ? "Give the reason the episode ceased (REC) with "
                        + "its end date" : "A reason the episode ceased (REC) needs an end date (DEC)");
            }
            checks.code(row, "REC", CodeField.REC, dec, false);
            checks.code(row, "REASON_PLACE_CHANGE", CodeField.REASON_PLACE_CHANGE, dec, false);
            if (previous != null && decom != null && previous.date("DECOM") != null) {
                if (decom.equals(previous.date("DECOM"))) {
                    checks.problem(row, "DECOM", "The child has two episodes starting on " + row.value("DECOM")
                            + " (also row " + previous.line() + ")");
                } else if (previous.isBlank("DEC") || (previous.date("DEC") != null
                        && previous.date("DEC").isAfter(decom))) {
                    checks.problem(row, "DECOM", "The episode overlaps the one before it (row " + previous.line()
                            + ", " + previous.value("DECOM") + " to " + (previous.isBlank("DEC") ? "open"
                                    : previous.value("DEC")) + ")");
                }
            }
            if (decom != null) {
                previous = row;
            }
        }
    }

    @Override
    public void apply(ImportRun run) {
        ReturnData data = run.data();
        List<String> ids = new ArrayList<>(data.byChild(ReturnTable.HEADER).keySet());
        Map<String, ChildImports.Held> held = children.held(ids);
        List<NewChildWithId> created = new ArrayList<>();
        List<NewChildWithId> changed = new ArrayList<>();
        List<ImportedEpisode> newEpisodes = new ArrayList<>();
        List<ImportedEpisode> changedEpisodes = new ArrayList<>();
        List<ChildImports.MotherStatus> mothers = new ArrayList<>();
        for (String localId : ids) {
            ReturnRow row = data.first(ReturnTable.HEADER, localId);
            ReturnRow uasc = data.first(ReturnTable.UASC, localId);
            LocalDate dob = row.date("DOB");
            String sex = sex(row.value("SEX"));
            LocalDate ceased = uasc == null || statusCeasesAtEighteen(uasc, dob, run.today()) ? null
                    : uasc.date("DUC");
            String returnSays = Reconcile.content(sex, dob, row.value("ETHNIC"), row.value("UPN"),
                    uasc != null ? "UASC" : null, ceased);
            ChildImports.Held hearth = held.get(localId);
            String key = localId;
            UUID childId;
            LocalDate hearthDob = dob;
            Reconcile decision;
            if (hearth == null) {
                childId = UUID.randomUUID();
                decision = Reconcile.CREATE;
                run.record(row, key, childId, returnSays, Reconcile.CREATE, null, null, null);
                created.add(new NewChildWithId(childId, new NewChild(localId, NO_NAME, null, localId, null, dob, sex,
                        row.value("ETHNIC"), row.value("UPN"), null, uasc != null, ceased, null, null,
                        run.teamId(), null)));
                run.child(localId, new ImportRun.ChildRef(childId, dob, true));
            } else {
                ChildView c = hearth.child();
                childId = c.id();
                String hearthHas = Reconcile.content(c.sex(), c.dateOfBirth(), c.ethnicity(), c.upn(),
                        c.uasc() ? "UASC" : null, c.uascCeasedOn());
                decision = run.decide(row, key, childId, returnSays, hearthHas, "SEX, DOB, ETHNIC, UPN, UASC",
                        words(c.sex(), c.dateOfBirth(), c.ethnicity(), c.upn(), c.uasc(), c.uascCeasedOn()),
                        words(sex, dob, row.value("ETHNIC"), row.value("UPN"), uasc != null, ceased));
                if (decision == Reconcile.UPDATE) {
                    changed.add(new NewChildWithId(childId, new NewChild(c.localChildId(), c.firstName(),
                            c.middleNames(), c.lastName(), c.preferredName(), dob, sex, row.value("ETHNIC"),
                            row.value("UPN"), c.nhsNumber(), uasc != null, ceased, c.homePostcode(),
                            c.currentPostcode(), c.responsibleTeamId(), c.allocatedWorkerId())));
                } else {
                    hearthDob = c.dateOfBirth();
                }
                run.child(localId, new ImportRun.ChildRef(childId, hearthDob, false));
            }
            // where Hearth kept its own details over the return's, its sex decides (no mother status for a male)
            mother(run, row, decision, decision == Reconcile.CONFLICT ? hearth.child().sex() : sex, childId,
                    hearth == null ? null : hearth.child(), mothers);
            episodes(run, localId, childId, hearth == null ? List.of() : hearth.episodes(), newEpisodes,
                    changedEpisodes);
        }
        children.write(new ChildImports.Batch(run.importId(), run.by(), created, changed, newEpisodes,
                changedEpisodes, mothers));
    }

    /**
     * The Header's MOTHER and MC_DOB, reconciled on their own (key CHILD|MOTHER) so that a worker's recording of them
     * and the return's other details do not hold each other up. Hearth keeps no mother status for a male child (903
     * rule 165) nor a first child's date of birth for a young woman not recorded as a mother (612): those values of
     * the return are not taken. A child already in Hearth with no mother status recorded, and none imported before,
     * takes the return's (filling in what nobody recorded is no conflict).
     */
    private static void mother(ImportRun run, ReturnRow row, Reconcile rowDecision, String sex, UUID childId,
            ChildView hearth, List<ChildImports.MotherStatus> mothers) {
        String key = row.child() + "|MOTHER";
        Boolean mother = "M".equals(sex) || row.isBlank("MOTHER") ? null : "1".equals(row.value("MOTHER"));
        LocalDate firstChild = Boolean.TRUE.equals(mother) ? row.date("MC_DOB") : null;
        String returnSays = Reconcile.content(mother, firstChild);
        boolean nothingRecorded = hearth == null || hearth.mother() == null && hearth.firstChildBornOn() == null;
        String hearthHas = hearth == null || nothingRecorded && mother != null
                && run.lastImported(ReturnTable.HEADER, key) == null ? null
                        : Reconcile.content(hearth.mother(), hearth.firstChildBornOn());
        Reconcile decision = run.decidePart(row, rowDecision, key, childId, returnSays, hearthHas,
                "MOTHER, MC_DOB", hearth == null ? null : motherWords(hearth.mother(), hearth.firstChildBornOn()),
                motherWords(mother, firstChild));
        if (decision == Reconcile.CREATE && mother != null || decision == Reconcile.UPDATE) {
            mothers.add(new ChildImports.MotherStatus(childId, mother, firstChild));
        }
    }

    private static String motherWords(Boolean mother, LocalDate firstChild) {
        return "MOTHER " + (mother == null ? "(blank)" : mother ? "1" : "0") + ", MC_DOB " + blank(firstChild);
    }

    /** The child's episodes: each matched by its start date; a create or change that would overlap Hearth's own is a conflict. */
    private static void episodes(ImportRun run, String localId, UUID childId, List<EpisodeView> hearth,
            List<ImportedEpisode> newEpisodes, List<ImportedEpisode> changedEpisodes) {
        Map<LocalDate, EpisodeView> byStart = new HashMap<>();
        // what the child's episodes will be: Hearth's, with the accepted changes applied, as [start, end) ranges
        Map<LocalDate, LocalDate[]> ranges = new HashMap<>();
        for (EpisodeView e : hearth) {
            byStart.put(e.decom(), e);
            ranges.put(e.decom(), new LocalDate[] {e.decom(), e.dec()});
        }
        for (ReturnRow row : run.data().of(ReturnTable.EPISODES, localId)) {
            LocalDate decom = row.date("DECOM");
            String key = localId + "|" + decom;
            String returnSays = episodeContent(row);
            EpisodeView existing = byStart.get(decom);
            String hearthHas = existing == null ? null : episodeContent(existing);
            Reconcile decision = run.decide(row, key, childId, returnSays, hearthHas, "DECOM",
                    existing == null ? null : episodeWords(existing), episodeWords(row));
            if (decision != Reconcile.CREATE && decision != Reconcile.UPDATE) {
                continue;
            }
            LocalDate dec = row.date("DEC");
            LocalDate[] clash = overlap(ranges, decom, dec);
            if (clash != null) {
                run.revoke(ReturnTable.EPISODES, key, decision);
                run.conflict(row, "DECOM", episodeWords(row), "An episode from " + clash[0] + (clash[1] == null
                        ? " still open" : " to " + clash[1]), "Overlaps an episode recorded in Hearth: Hearth's "
                                + "episodes are kept");
                continue;
            }
            ranges.put(decom, new LocalDate[] {decom, dec});
            ImportedEpisode episode = new ImportedEpisode(existing == null ? UUID.randomUUID() : existing.id(),
                    childId, decom, row.value("RNE"), row.value("LS"), row.value("CIN"), row.value("PLACE"),
                    row.value("PLACE_PROVIDER"), row.value("PL_POST"), row.value("URN"), row.value("HOME_POST"), dec,
                    row.value("REC"), row.value("REASON_PLACE_CHANGE"));
            (decision == Reconcile.CREATE ? newEpisodes : changedEpisodes).add(episode);
        }
    }

    /** The range that [decom, dec) would overlap among the others (an open end runs for ever); null when none. */
    private static LocalDate[] overlap(Map<LocalDate, LocalDate[]> ranges, LocalDate decom, LocalDate dec) {
        return ranges.values().stream()
                .filter(r -> !r[0].equals(decom))
                .filter(r -> (r[1] == null || r[1].isAfter(decom)) && (dec == null || dec.isAfter(r[0])))
                .min(Comparator.comparing(r -> r[0])).orElse(null);
    }

    /** 903 SEX as Hearth records it: 1 and 2 are the codes before 2024-25 (docs/903.md section 2). */
    static String sex(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "1" -> "M";
            case "2" -> "F";
            default -> code;
        };
    }

    private static String episodeContent(ReturnRow r) {
        return Reconcile.content(r.date("DECOM"), r.value("RNE"), r.value("LS"), r.value("CIN"), r.value("PLACE"),
                r.value("PLACE_PROVIDER"), r.date("DEC"), r.value("REC"), r.value("REASON_PLACE_CHANGE"),
                r.value("HOME_POST"), r.value("PL_POST"), r.value("URN"));
    }

    private static String episodeContent(EpisodeView e) {
        return Reconcile.content(e.decom(), e.rne(), e.ls(), e.cin(), e.place(), e.placeProvider(), e.dec(), e.rec(),
                e.reasonPlaceChange(), e.homePost(), e.plPost(), e.urn());
    }

    private static String episodeWords(ReturnRow r) {
        return "DECOM " + r.value("DECOM") + ", RNE " + r.value("RNE") + ", LS " + r.value("LS") + ", CIN "
                + r.value("CIN") + ", PLACE " + r.value("PLACE") + ", DEC " + blank(r.value("DEC")) + ", REC "
                + blank(r.value("REC"));
    }

    private static String episodeWords(EpisodeView e) {
        return "DECOM " + e.decom() + ", RNE " + e.rne() + ", LS " + e.ls() + ", CIN " + e.cin() + ", PLACE "
                + e.place() + ", DEC " + blank(e.dec()) + ", REC " + blank(e.rec());
    }

    private static String words(String sex, LocalDate dob, String ethnic, String upn, boolean uasc, LocalDate ceased) {
        return "SEX " + sex + ", DOB " + dob + ", ETHNIC " + ethnic + ", UPN " + blank(upn) + ", UASC "
                + (uasc ? "yes" + (ceased == null ? "" : ", ceased " + ceased) : "no");
    }

    private static String blank(Object value) {
        return value == null ? "(blank)" : value.toString();
    }
}
