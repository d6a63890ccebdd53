package org.hearth.returns.imports.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Writes a valid 903 return (2025-26) of N children for the import benchmark (bench/import-903.sh): Header, UASC,
 * Episodes (about 1.7 per child), Reviews, Missing and OC2, every row one Hearth accepts, seeded and repeatable. The
 * lead's generator on main (with deliberate errors) is for validation; this one only needs to be importable.
 *
 * <pre>java -cp ... org.hearth.returns.imports.bench.ImportReturnGenerator OUT_DIR [CHILDREN] [SEED] [ID_PREFIX]</pre>
 */
public final class ImportReturnGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);
    private static final String[] ETHNIC = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "BAFR", "OOTH"};
    private static final String[] LS = {"C2", "C2", "C2", "V2", "E1", "J2"};
    private static final String[] CIN = {"N1", "N1", "N2", "N4", "N5", "N8"};
    private static final String[] FOSTER = {"U1", "U3", "U4", "U4", "U5", "U6"};
    private static final String[] SETTING = {"R1", "K2", "R2", "P1"};

    private ImportReturnGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int children = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 903;
        // a new prefix makes every child new to Hearth (the first import of a council); the same one, unchanged
        String prefix = args.length > 3 ? args[3] : "IMP";
        Files.createDirectories(out);
        Random random = new Random(seed);
        int episodes = 0;
        try (PrintWriter header = writer(out, "header.csv"); PrintWriter episode = writer(out, "episodes.csv");
                PrintWriter uasc = writer(out, "uasc.csv"); PrintWriter reviews = writer(out, "reviews.csv");
                PrintWriter missing = writer(out, "missing.csv"); PrintWriter oc2 = writer(out, "oc2.csv")) {
            header.println("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
            episode.println("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                    + "PL_POST,URN");
            uasc.println("CHILD,SEX,DOB,DUC");
            reviews.println("CHILD,DOB,REVIEW,REVIEW_CODE");
            missing.println("CHILD,DOB,MISSING,MIS_START,MIS_END");
            oc2.println("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
                    + "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
            for (int i = 1; i <= children; i++) {
                String id = prefix + i;
                LocalDate dob = LocalDate.of(2008, 4, 1).plusDays(random.nextInt(6_200));
                String sex = random.nextBoolean() ? "M" : "F";
                String d = DAY.format(dob);
                header.println(id + "," + sex + "," + d + "," + ETHNIC[random.nextInt(ETHNIC.length)] + ","
                        + (random.nextInt(10) < 7 ? upn(random) : "UN2") + ",,");
                if (age(dob, YEAR_END) >= 14 && random.nextInt(20) == 0) {
                    uasc.println(id + "," + sex + "," + d + ",");
                }
                LocalDate start = later(dob.plusDays(1), LocalDate.of(2021, 4, 1)).plusDays(random.nextInt(1_500));
                if (start.isAfter(LocalDate.of(2026, 1, 31))) {
                    start = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(200));
                    if (!start.isAfter(dob)) {
                        start = dob.plusDays(1);
                    }
                }
                LocalDate first = start;
                int count = random.nextInt(100) < 45 ? 1 : random.nextInt(100) < 73 ? 2 : 3;
                String ls = LS[random.nextInt(LS.length)];
                String cin = CIN[random.nextInt(CIN.length)];
                for (int e = 0; e < count; e++) {
                    boolean last = e == count - 1;
                    LocalDate end = start.plusDays(30 + random.nextInt(300));
                    if (!last && !end.isBefore(YEAR_END)) {
                        last = true;
                    }
                    boolean setting = random.nextInt(5) == 0;
                    String place = setting ? SETTING[random.nextInt(SETTING.length)]
                            : FOSTER[random.nextInt(FOSTER.length)];
                    String urn = setting ? "SC" + (100_000 + random.nextInt(500)) : "SC" + (900_000 + random.nextInt(20));
                    String closing;
                    if (!last) {
                        closing = DAY.format(end) + ",X1,CARPL";
                    } else if (random.nextInt(10) < 3 && end.isBefore(YEAR_END)) {
                        closing = DAY.format(end) + ",E13,";
                    } else {
                        closing = ",,";
                    }
                    episode.println(id + "," + DAY.format(start) + "," + (e == 0 ? "S" : "P") + "," + ls + "," + cin
                            + "," + place + ",PR1," + closing + ",LU5 4QQ,MK45 2DD," + urn);
                    episodes++;
                    if (last) {
                        break;
                    }
                    start = end;
                }
                LocalDate review = first.plusDays(20);
                for (int r = 0; r < 2 && !review.isAfter(YEAR_END); r++) {
                    reviews.println(id + "," + d + "," + DAY.format(review) + "," + (age(dob, review) < 4 ? "PN0"
                            : "PN" + (1 + random.nextInt(7))));
                    review = review.plusDays(180);
                }
                if (random.nextInt(10) == 0) {
                    LocalDate gone = later(first, LocalDate.of(2025, 4, 1)).plusDays(random.nextInt(60));
                    if (gone.isBefore(YEAR_END)) {
                        missing.println(id + "," + d + "," + (random.nextBoolean() ? "M" : "A") + ","
                                + DAY.format(gone) + "," + DAY.format(gone.plusDays(1)));
                    }
                }
                if (!first.isAfter(YEAR_END.minusYears(1)) && random.nextInt(10) < 6) {
                    int age = age(dob, YEAR_END);
                    String sdq = age >= 4 && age <= 16 ? random.nextInt(41) + "," : ",SDQ1";
                    oc2.println(id + "," + d + "," + sdq + ",0," + (age < 5 ? "1" : "") + ",1,1,1,0,,");
                }
            }
        }
        System.out.println("Wrote " + children + " children and " + episodes + " episodes to " + out);
    }

    private static PrintWriter writer(Path folder, String name) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8));
    }

    private static String upn(Random random) {
        StringBuilder upn = new StringBuilder("A");
        for (int i = 0; i < 12; i++) {
            upn.append(random.nextInt(10));
        }
        return upn.toString();
    }

    private static int age(LocalDate dob, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(dob, on);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
