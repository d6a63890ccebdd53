package org.hearth.places.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hearth.places.ImportProblem;
import org.hearth.places.ImportRefusedException;
import org.hearth.places.internal.PlacesRepository.StoredAuthority;
import org.hearth.places.internal.PlacesRepository.StoredDistrict;

/**
 * Reads the ONS lower-tier to upper-tier local authority lookup (columns LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM, or
 * the same for another year, e.g. LTLA23CD) into districts and the upper-tier authorities that run children's
 * services over them. The rules: E06 unitaries, E08 metropolitan districts and E09 London boroughs are their own upper
 * tier; an E07 district sits in the E10 county the lookup names; Welsh W06 unitaries are their own upper tier. A row
 * that breaks a rule is refused, never corrected.
 */
public final class AuthorityLookupReader {

    private static final Pattern OWN_UPPER_TIER = Pattern.compile("[EW](06|08|09)[0-9]{6}");
    private static final Pattern E07 = Pattern.compile("E07[0-9]{6}");
    private static final Pattern E10 = Pattern.compile("E10[0-9]{6}");

    /**
     * The 2023 reorganisations, which the April 2021 lookup predates: each new unitary is its own upper tier
     * (../shared/reference/README.md, "ltla-to-utla-2021-04.csv"). Named here so postcodes there are placed; any
     * other code the lookup does not know is reported, never guessed.
     */
    static final Map<String, String> REORGANISED_2023 = Map.of(
            "E06000063", "Cumberland",
            "E06000064", "Westmorland and Furness",
            "E06000065", "North Yorkshire",
            "E06000066", "Somerset");

    /**
     * The counties those unitaries replaced on 1 April 2023 (Cumbria, North Yorkshire, Somerset): still in the 2021
     * lookup, but no longer children's services authorities, so not offered as such (their old districts no longer
     * appear in the postcode directory).
     */
    static final Set<String> ABOLISHED_2023 = Set.of("E10000006", "E10000023", "E10000027");

    public record Read(List<StoredAuthority> authorities, List<StoredDistrict> districts, Map<String, String> sources,
            int rows) {
    }

    private AuthorityLookupReader() {
    }

    public static Read read(InputStream in) {
        Map<String, StoredAuthority> authorities = new LinkedHashMap<>();
        Map<String, StoredDistrict> districts = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        int rows = 0;
        try (CsvRows file = CsvRows.open(in, "LTLA##CD", "LTLA##NM", "UTLA##CD", "UTLA##NM")) {
            String[] cells;
            while ((cells = file.next()) != null) {
                rows++;
                long line = file.line();
                String code = trim(cells[0]);
                String name = trim(cells[1]);
                String upper = trim(cells[2]);
                String upperName = trim(cells[3]);
                int before = problems.size();
                if (name.isEmpty()) {
                    problems.add(new ImportProblem(line, file.column(1), name, "No district name"));
                }
                if (upperName.isEmpty()) {
                    problems.add(new ImportProblem(line, file.column(3), upperName, "No upper-tier name"));
                }
                if (OWN_UPPER_TIER.matcher(code).matches()) {
                    if (!upper.equals(code)) {
                        problems.add(new ImportProblem(line, file.column(2), upper, "A unitary, metropolitan "
                                + "district or London borough (" + code + ") is its own upper tier"));
                    }
                } else if (E07.matcher(code).matches()) {
                    if (!E10.matcher(upper).matches()) {
                        problems.add(new ImportProblem(line, file.column(2), upper, "A non-metropolitan district "
                                + "(E07) must sit in a county (E10)"));
                    }
                } else {
                    problems.add(new ImportProblem(line, file.column(0), code, "Not an English or Welsh district "
                            + "code (E06, E07, E08, E09 or W06 and six digits)"));
                }
                if (districts.containsKey(code)) {
                    problems.add(new ImportProblem(line, file.column(0), code, "This district is listed twice"));
                }
                StoredAuthority known = authorities.get(upper);
                if (known != null && !known.name().equals(upperName) && !upperName.isEmpty()) {
                    problems.add(new ImportProblem(line, file.column(3), upperName, "The same upper tier was called "
                            + known.name() + " on an earlier line"));
                }
                if (problems.size() == before) {
                    districts.put(code, new StoredDistrict(code, name, upper));
                    sources.put(code, "LOOKUP");
                    authorities.putIfAbsent(upper, new StoredAuthority(upper, upperName, null, null));
                }
            }
        }
        if (rows == 0) {
            problems.add(new ImportProblem(2, "", "", "The file has a header but no districts"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException("The authority lookup was not imported: " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " in the file; nothing was changed",
                    problems.size() > PostcodeDirectoryLoader.PROBLEMS_LISTED
                            ? problems.subList(0, PostcodeDirectoryLoader.PROBLEMS_LISTED) : problems,
                    problems.size());
        }
        REORGANISED_2023.forEach((code, name) -> {
            if (!districts.containsKey(code)) {
                districts.put(code, new StoredDistrict(code, name, code));
                sources.put(code, "REORGANISATION_2023");
                authorities.putIfAbsent(code, new StoredAuthority(code, name, null, null));
            }
        });
        return new Read(List.copyOf(authorities.values()), List.copyOf(districts.values()), sources, rows);
    }

    /**
     * Whether a district is its own upper tier by the lookup's rule (E06 unitaries, E08 metropolitan districts, E09
     * London boroughs, W06 Welsh unitaries): what can be said of a district without the lookup.
     */
    static boolean isOwnUpperTier(String district) {
        return district != null && OWN_UPPER_TIER.matcher(district).matches();
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
