package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.validation.RuleExamples;

/**
 * A failing and a passing example for each rule in {@link Rules100To299}, derived from the rule's message. The year is
 * 2026-27 (1 April 2026 to 31 March 2027) unless an example says otherwise.
 */
public class Rules100To299Test extends RuleExamples {

    /** Looked after since before the year and still at 31 March: continuously looked after for 12 months. */
    private static final String LOOKED_AFTER_ALL_YEAR = "CHILD=1; DECOM=01/01/2025; RNE=S; LS=C2; CIN=N1; PLACE=U1";

    /** Started to be looked after during the year: not continuously looked after for 12 months. */
    private static final String STARTED_IN_YEAR = "CHILD=1; DECOM=01/06/2026; RNE=S; LS=C2; CIN=N1; PLACE=U1";

    private static final String ALL_OC2_ITEMS = "; CONVICTED=0; HEALTH_CHECK=0; IMMUNISATIONS=1; TEETH_CHECK=1;"
            + " HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0";

    private static final String ALL_AD1_ITEMS = "; DATE_INT=01/01/2026; DATE_MATCH=01/02/2026; FOSTER_CARE=0;"
            + " NB_ADOPTR=2; SEX_ADOPTR=MF; LS_ADOPTR=L11";

    @Override
    protected void examples() {
        headerExamples();
        lastYearExamples();
        episodeExamples();
        adoptionExamples();
        careLeaverExamples();
        twelveMonthExamples();
    }

    private void headerExamples() {
        fails("101", "sex X", r -> r.header("CHILD=1; SEX=X"));
        fails("101", "sex blank", r -> r.header("CHILD=1"));
        fails("101", "the old code 1 for male", r -> r.header("CHILD=1; SEX=1"));
        passes("101", "sex M, F or U", r -> r.header("CHILD=1; SEX=M").header("CHILD=2; SEX=F")
                .header("CHILD=3; SEX=u"));

        fails("102", "31 February", r -> r.header("CHILD=1; DOB=31/02/2015"));
        fails("102", "year first", r -> r.header("CHILD=1; DOB=2015-02-01"));
        fails("102", "blank", r -> r.header("CHILD=1"));
        passes("102", "a real date", r -> r.header("CHILD=1; DOB=29/02/2016"));

        fails("103", "not a code", r -> r.header("CHILD=1; ETHNIC=WHITE"));
        fails("103", "not entered", r -> r.header("CHILD=1"));
        passes("103", "a code, in any case", r -> r.header("CHILD=1; ETHNIC=WBRI").header("CHILD=2; ETHNIC=nobt"));

        fails("104", "not a date", r -> r.uasc("CHILD=1; DUC=31/04/2026"));
        fails("104", "ceased before the year", r -> r.uasc("CHILD=1; DUC=31/03/2026"));
        passes("104", "blank, or in the year", r -> r.uasc("CHILD=1").uasc("CHILD=2; DUC=01/04/2026"));

        fails("105", "UASC 2 (XML)", r -> r.header("CHILD=1; UASC=2"));
        passes("105", "UASC 0 or 1, or derived from the UASC table", r -> r.header("CHILD=1; UASC=0")
                .header("CHILD=2; UASC=1").header("CHILD=3").uasc("CHILD=3"));

        fails("165", "mother status 2", r -> r.header("CHILD=1; SEX=F; MOTHER=2"));
        fails("165", "male with a mother status", r -> r.header("CHILD=1; SEX=M; MOTHER=0"));
        fails("165", "female looked after in the year without one", r -> r.header("CHILD=1; SEX=F")
                .episode(STARTED_IN_YEAR));
        passes("165", "female with 0 or 1, male without, short breaks only, or no episode this year",
                r -> r.header("CHILD=1; SEX=F; MOTHER=0").header("CHILD=2; SEX=F; MOTHER=1").header("CHILD=3; SEX=M")
                        .episode("CHILD=3; DECOM=01/06/2026").header("CHILD=4; SEX=F")
                        .episode("CHILD=4; DECOM=01/06/2026; LS=V3").header("CHILD=5; SEX=F")
                        .episode("CHILD=5; DECOM=01/01/2025; DEC=01/03/2026; REC=E8")
                        .oc3("CHILD=5; IN_TOUCH=YES; ACTIV=F1; ACCOM=B1"));

        fails("166", "blank", r -> r.review("CHILD=1; REVIEW_CODE=PN1"));
        fails("166", "not a date", r -> r.review("CHILD=1; REVIEW=2026-05-01; REVIEW_CODE=PN1"));
        passes("166", "a date", r -> r.review("CHILD=1; REVIEW=01/05/2026; REVIEW_CODE=PN1"));

        fails("167", "blank with a review date", r -> r.review("CHILD=1; REVIEW=01/05/2026"));
        fails("167", "not a code", r -> r.review("CHILD=1; REVIEW=01/05/2026; REVIEW_CODE=PN8"));
        passes("167", "a code, or a wholly blank row (left to 166)", r -> r.review("CHILD=1; REVIEW=01/05/2026;"
                + " REVIEW_CODE=PN0").review("CHILD=2"));

        fails("168", "letter I", r -> r.header("CHILD=1; UPN=I072272729588"));
        fails("168", "too short", r -> r.header("CHILD=1; UPN=K06014812931"));
        fails("168", "UN7", r -> r.header("CHILD=1; UPN=UN7"));
        passes("168", "12 digits, 11 digits and a letter, UN1-UN5 or blank",
                r -> r.header("CHILD=1; UPN=L086819786126").header("CHILD=2; UPN=X06805040829A")
                        .header("CHILD=3; UPN=UN5").header("CHILD=4"));

        fails("171", "not a date", r -> r.header("CHILD=1; SEX=F; MOTHER=1; MC_DOB=30/02/2025"));
        passes("171", "a date or blank", r -> r.header("CHILD=1; SEX=F; MOTHER=1; MC_DOB=01/02/2025")
                .header("CHILD=2; SEX=F; MOTHER=0"));

        fails("174", "male with a child's date of birth", r -> r.header("CHILD=1; SEX=M; MC_DOB=01/02/2025"));
        passes("174", "female with one, or male without", r -> r.header("CHILD=1; SEX=F; MC_DOB=01/02/2025")
                .header("CHILD=2; SEX=M"));

        fails("209", "4 on 31 August 2025 with UN1", r -> r.header("CHILD=1; DOB=31/08/2021; UPN=UN1"));
        passes("209", "4 only after 31 August 2025, or not UN1", r -> r.header("CHILD=1; DOB=01/09/2021; UPN=UN1")
                .header("CHILD=2; DOB=01/01/2015; UPN=UN2"));
        fails("209", "2025-26: 4 on 31 August 2024", r -> r.year(2026).header("CHILD=1; DOB=31/08/2020; UPN=UN1"));
        passes("209", "2025-26: 4 only after 31 August 2024", r -> r.year(2026)
                .header("CHILD=1; DOB=01/09/2020; UPN=UN1"));

        fails("210", "UN4, in care since 24 March", r -> r.header("CHILD=1; UPN=UN4")
                .episode("CHILD=1; DECOM=24/03/2027; RNE=S"));
        fails("210", "UN4, period of care began long before across abutting episodes", r -> r.header("CHILD=1;"
                + " UPN=UN4").episode("CHILD=1; DECOM=01/01/2027; DEC=28/03/2027; REC=X1; RNE=S")
                .episode("CHILD=1; DECOM=28/03/2027; RNE=P"));
        passes("210", "UN4 newly looked after (from 25 March), or no longer looked after",
                r -> r.header("CHILD=1; UPN=UN4").episode("CHILD=1; DECOM=25/03/2027; RNE=S")
                        .header("CHILD=2; UPN=UN4").episode("CHILD=2; DECOM=01/01/2027; DEC=01/02/2027; REC=E8")
                        .header("CHILD=3; UPN=UN3").episode("CHILD=3; DECOM=01/01/2027"));

        fails("210", "2025-26: UN4, in care since 24 March 2026", r -> r.year(2026).header("CHILD=1; UPN=UN4")
                .episode("CHILD=1; DECOM=24/03/2026; RNE=S"));
        passes("210", "2025-26: UN4, in care from 25 March 2026", r -> r.year(2026).header("CHILD=1; UPN=UN4")
                .episode("CHILD=1; DECOM=25/03/2026; RNE=S"));

        fails("231", "UASC aged 10 at 31 March", r -> r.header("CHILD=1; DOB=01/04/2016").uasc("CHILD=1"));
        passes("231", "UASC 11 on 31 March, or not UASC", r -> r.header("CHILD=1; DOB=31/03/2016").uasc("CHILD=1")
                .header("CHILD=2; DOB=01/04/2020"));

        fails("232", "sex unknown", r -> r.header("CHILD=1; SEX=U"));
        passes("232", "sex known", r -> r.header("CHILD=1; SEX=F"));
    }

    private void lastYearExamples() {
        fails("202", "sex changed", r -> r.header("CHILD=1; SEX=F").lastHeader("CHILD=1; SEX=M"));
        fails("202", "sex now blank", r -> r.header("CHILD=1").lastHeader("CHILD=1; SEX=M"));
        passes("202", "same sex, old code 2 for F, or child new this year", r -> r.header("CHILD=1; SEX=F")
                .lastHeader("CHILD=1; SEX=F").header("CHILD=2; SEX=F").lastHeader("CHILD=2; SEX=2")
                .header("CHILD=3; SEX=M"));

        passes("202", "sex changed, but no last year's return to compare", r -> r.header("CHILD=1; SEX=F"));
        passes("202", "last year's return given, child not in it", r -> r.withLastYear().header("CHILD=1; SEX=F"));

        fails("203", "date of birth changed", r -> r.header("CHILD=1; DOB=23/09/2016")
                .lastHeader("CHILD=1; DOB=22/09/2016"));
        fails("203", "now blank", r -> r.header("CHILD=1").lastHeader("CHILD=1; DOB=22/09/2016"));
        passes("203", "same date, or only this year", r -> r.header("CHILD=1; DOB=22/09/2016")
                .lastHeader("CHILD=1; DOB=22/09/2016").header("CHILD=2; DOB=01/01/2010"));

        fails("204", "ethnicity changed", r -> r.header("CHILD=1; ETHNIC=WBRI").lastHeader("CHILD=1; ETHNIC=WIRI"));
        passes("204", "same ethnicity", r -> r.header("CHILD=1; ETHNIC=WBRI").lastHeader("CHILD=1; ETHNIC=WBRI"));

        fails("207", "a mother last year, not this", r -> r.header("CHILD=1; SEX=F; MOTHER=0")
                .lastHeader("CHILD=1; SEX=F; MOTHER=1").episode(STARTED_IN_YEAR));
        fails("207", "a mother last year, now blank", r -> r.header("CHILD=1; SEX=F")
                .lastHeader("CHILD=1; SEX=F; MOTHER=1").episode(STARTED_IN_YEAR));
        passes("207", "still a mother, newly a mother, or no episodes this year",
                r -> r.header("CHILD=1; MOTHER=1").lastHeader("CHILD=1; MOTHER=1").episode(STARTED_IN_YEAR)
                        .header("CHILD=2; MOTHER=1").lastHeader("CHILD=2; MOTHER=0")
                        .episode("CHILD=2; DECOM=01/06/2026").header("CHILD=3").lastHeader("CHILD=3; MOTHER=1"));

        fails("208", "one real UPN for another", r -> r.header("CHILD=1; UPN=X999999999999")
                .lastHeader("CHILD=1; UPN=X888888888888"));
        fails("208", "UN4 to UN3", r -> r.header("CHILD=1; UPN=UN3").lastHeader("CHILD=1; UPN=UN4"));
        fails("208", "UN1 to blank", r -> r.header("CHILD=1").lastHeader("CHILD=1; UPN=UN1"));
        fails("208", "blank to UN1", r -> r.header("CHILD=1; UPN=UN1").lastHeader("CHILD=1"));
        passes("208", "same, unknown to known, UN1 or blank to UN2-UN5", r -> r
                .header("CHILD=1; UPN=UN1").lastHeader("CHILD=1; UPN=UN1")
                .header("CHILD=2; UPN=H801200001001").lastHeader("CHILD=2; UPN=UN5")
                .header("CHILD=3; UPN=UN2").lastHeader("CHILD=3; UPN=UN1")
                .header("CHILD=4; UPN=UN4").lastHeader("CHILD=4")
                .header("CHILD=5").lastHeader("CHILD=5"));
    }

    private void episodeExamples() {
        fails("141", "not a date", r -> r.episode("CHILD=1; DECOM=38/04/2026"));
        passes("141", "a date", r -> r.episode("CHILD=1; DECOM=01/04/2026"));

        fails("142", "an earlier episode without end date", r -> r.episode("CHILD=1; DECOM=01/06/2026; REC=X1")
                .episode("CHILD=1; DECOM=05/06/2026"));
        fails("142", "an earlier episode without reason", r -> r.episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026")
                .episode("CHILD=1; DECOM=05/06/2026"));
        passes("142", "only the last episode open", r -> r.episode("CHILD=1; DECOM=05/06/2026")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1").episode("CHILD=2; DECOM=31/06/2026"));

        fails("143", "not a code", r -> r.episode("CHILD=1; RNE=SP"));
        passes("143", "a code, or blank", r -> r.episode("CHILD=1; RNE=S").episode("CHILD=2"));

        fails("144", "not a code", r -> r.episode("CHILD=1; LS=V1"));
        passes("144", "a code, or blank", r -> r.episode("CHILD=1; LS=V2").episode("CHILD=2"));

        fails("145", "not a code", r -> r.episode("CHILD=1; CIN=N9"));
        passes("145", "a code, or blank", r -> r.episode("CHILD=1; CIN=N8").episode("CHILD=2"));

        fails("146", "H5, gone from 2024-25", r -> r.episode("CHILD=1; PLACE=H5"));
        fails("146", "Z1, replaced from 2025-26", r -> r.episode("CHILD=1; PLACE=Z1"));
        passes("146", "K3, Z14, or blank", r -> r.episode("CHILD=1; PLACE=K3").episode("CHILD=2; PLACE=Z14")
                .episode("CHILD=3"));

        fails("147", "not a date", r -> r.episode("CHILD=1; DECOM=01/04/2026; DEC=01/01/26; REC=E8"));
        passes("147", "a date, or open", r -> r.episode("CHILD=1; DECOM=01/04/2026; DEC=01/01/2027; REC=E8")
                .episode("CHILD=2; DECOM=01/04/2026"));

        fails("148", "end date without reason", r -> r.episode("CHILD=1; DEC=04/06/2026"));
        fails("148", "reason without end date", r -> r.episode("CHILD=1; REC=X1"));
        passes("148", "both or neither", r -> r.episode("CHILD=1; DEC=04/06/2026; REC=E8").episode("CHILD=2"));

        fails("149", "not a code", r -> r.episode("CHILD=1; DEC=04/06/2026; REC=E1"));
        passes("149", "a code, or open", r -> r.episode("CHILD=1; DEC=04/06/2026; REC=E4A").episode("CHILD=2"));

        fails("164", "over 999.9 miles", r -> r.episode("CHILD=1; LS=C2; PL_DISTANCE=1000.0"));
        fails("164", "negative", r -> r.episode("CHILD=1; LS=C2; PL_DISTANCE=-2"));
        passes("164", "0.0 to 999.9, not worked out, short breaks, UASC now or last year",
                r -> r.episode("CHILD=1; LS=C2; PL_DISTANCE=0.0").episode("CHILD=2; LS=C2; PL_DISTANCE=999.9")
                        .episode("CHILD=3; LS=C2").episode("CHILD=4; LS=V3; PL_DISTANCE=1380")
                        .header("CHILD=5").uasc("CHILD=5").episode("CHILD=5; LS=C2; PL_DISTANCE=1380")
                        .lastHeader("CHILD=6; UASC=1").episode("CHILD=6; LS=C2; PL_DISTANCE=1380"));

        fails("169", "placement postcode not found", r -> r.episode("CHILD=1; LS=C2; PL_POST=XX1 1XX")
                .episode("CHILD=2; LS=C2; PL_POST=TW1 3AA; PL_LA=E09000027"));
        passes("169", "authority found, or a short break", r -> r.episode("CHILD=1; LS=C2; PL_LA=SCO")
                .episode("CHILD=2; LS=C2; PL_LA=E09000027").episode("CHILD=3; LS=V4"));
        passes("169", "not run without the postcode directory", r -> r.episode("CHILD=1; LS=C2; PL_POST=TW1 3AA"));

        fails("178", "PR6", r -> r.episode("CHILD=1; PLACE=U1; PLACE_PROVIDER=PR6"));
        fails("178", "a provider for a temporary placement", r -> r.episode("CHILD=1; PLACE=T0; PLACE_PROVIDER=PR1"));
        fails("178", "a provider for Z14", r -> r.episode("CHILD=1; PLACE=Z14; PLACE_PROVIDER=PR5"));
        passes("178", "a provider where needed, or none", r -> r.episode("CHILD=1; PLACE=U1; PLACE_PROVIDER=PR0")
                .episode("CHILD=2; PLACE=Z11").episode("CHILD=3; PLACE=U2"));

        fails("179", "location not worked out", r -> r.episode("CHILD=1; LS=C2; PL_POST=XX1 1XX")
                .episode("CHILD=2; LS=C2; PL_LOCATION=IN"));
        fails("179", "not IN or OUT", r -> r.episode("CHILD=1; LS=C2; PL_LOCATION=NEAR"));
        passes("179", "IN, OUT, a short break, or no postcode directory", r -> r
                .episode("CHILD=1; LS=C2; PL_LOCATION=IN").episode("CHILD=2; LS=C2; PL_LOCATION=OUT")
                .episode("CHILD=3; LS=V3"));

        fails("199", "looked after again after adoption this year", r -> r
                .episode("CHILD=1; DECOM=03/04/2026; DEC=04/05/2026; REC=E11")
                .episode("CHILD=1; DECOM=12/12/2026"));
        fails("199", "adopted last year", r -> r.lastEpisode("CHILD=1; DECOM=26/11/2024; DEC=19/07/2025; REC=E12")
                .episode("CHILD=1; DECOM=19/07/2026"));
        passes("199", "the adoption episode itself, and episodes before it", r -> r
                .episode("CHILD=1; DECOM=02/04/2026; DEC=03/04/2026; REC=X1")
                .episode("CHILD=1; DECOM=03/04/2026; DEC=04/05/2026; REC=E11").episode("CHILD=2; DECOM=01/05/2026"));

        fails("213", "provider for T4", r -> r.episode("CHILD=1; PLACE=T4; PLACE_PROVIDER=PR1"));
        fails("213", "provider for Z12", r -> r.episode("CHILD=1; PLACE=Z12; PLACE_PROVIDER=PR1"));
        passes("213", "none for T0, one for U1", r -> r.episode("CHILD=1; PLACE=T0")
                .episode("CHILD=2; PLACE=U1; PLACE_PROVIDER=PR4"));

        fails("214", "short break with placement postcode", r -> r.episode("CHILD=1; LS=V3; PL_POST=M2 3RT"));
        fails("214", "short break with URN", r -> r.episode("CHILD=1; LS=V4; URN=SC045099"));
        passes("214", "short break without, others with", r -> r.episode("CHILD=1; LS=V3")
                .episode("CHILD=2; LS=C2; PL_POST=M2 3RT; URN=SC045099"));

        fails("217", "A5 from 2015 with RNE P", r -> r.episode("CHILD=1; PLACE=A5; DECOM=01/06/2026; RNE=P"));
        fails("217", "A3 on 1 April 2015 with RNE L", r -> r.episode("CHILD=1; PLACE=A3; DECOM=01/04/2015; RNE=L"));
        passes("217", "A3 with T, A5 with U, before 2015, or A4", r -> r
                .episode("CHILD=1; PLACE=A3; DECOM=01/06/2026; RNE=T").episode("CHILD=2; PLACE=A5; DECOM=01/06/2026;"
                        + " RNE=U").episode("CHILD=3; PLACE=A3; DECOM=31/03/2015; RNE=P")
                .episode("CHILD=4; PLACE=A4; DECOM=01/06/2026; RNE=P"));

        fails("218", "children's home without URN, open", r -> r.episode("CHILD=1; PLACE=K2; DECOM=01/06/2026"));
        fails("218", "foster placement without URN, ended in the year", r -> r
                .episode("CHILD=1; PLACE=U4; DECOM=01/06/2025; DEC=01/04/2026; REC=E8"));
        passes("218", "with URN, a placement without one, outside England, or ended before the year", r -> r
                .episode("CHILD=1; PLACE=K2; URN=SC045099").episode("CHILD=2; PLACE=P1")
                .episode("CHILD=3; PLACE=Z13").episode("CHILD=4; PLACE=K2; PL_LA=WAL")
                .episode("CHILD=5; PLACE=U1; DECOM=01/06/2025; DEC=31/03/2026; REC=E8"));

        fails("222", "URN for a placement with parents", r -> r.episode("CHILD=1; PLACE=P1; URN=SC045099"));
        fails("222", "URN for Z11", r -> r.episode("CHILD=1; PLACE=Z11; URN=1234567"));
        passes("222", "XXXXXXX, none, or a children's home", r -> r.episode("CHILD=1; PLACE=R1; URN=XXXXXXX")
                .episode("CHILD=2; PLACE=T1").episode("CHILD=3; PLACE=K2; URN=SC045099"));

        fails("225", "placement change without reason", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1; PLACE=U1")
                .episode("CHILD=1; DECOM=05/06/2026; RNE=P; PLACE=U4"));
        passes("225", "with reason, legal status change only, or to a temporary placement", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1; PLACE=U1; REASON_PLACE_CHANGE=CARPL")
                .episode("CHILD=1; DECOM=05/06/2026; DEC=07/06/2026; REC=X1; RNE=P; PLACE=U4")
                .episode("CHILD=1; DECOM=07/06/2026; DEC=09/06/2026; REC=X1; RNE=L; PLACE=U4")
                .episode("CHILD=1; DECOM=09/06/2026; RNE=P; PLACE=T3"));

        fails("226", "reason on a temporary placement", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; PLACE=T1; REASON_PLACE_CHANGE=OTHER"));
        fails("226", "reason on the move into a temporary placement", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1; PLACE=U1; REASON_PLACE_CHANGE=OTHER")
                .episode("CHILD=1; DECOM=05/06/2026; PLACE=T2"));
        passes("226", "no reason around temporary placements", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1; PLACE=U1")
                .episode("CHILD=1; DECOM=05/06/2026; DEC=06/06/2026; REC=X1; PLACE=T2")
                .episode("CHILD=1; DECOM=06/06/2026; DEC=07/06/2026; REC=X1; PLACE=U1; REASON_PLACE_CHANGE=CARPL")
                .episode("CHILD=1; DECOM=07/06/2026; PLACE=U4"));

        fails("233", "reason on an open episode", r -> r.episode("CHILD=1; DECOM=01/06/2026;"
                + " REASON_PLACE_CHANGE=CARPL"));
        passes("233", "reason on a ceased episode, none on an open one", r -> r
                .episode("CHILD=1; DECOM=01/06/2026; DEC=05/06/2026; REC=X1; REASON_PLACE_CHANGE=CARPL")
                .episode("CHILD=1; DECOM=05/06/2026"));

        fails("234", "custody the day before the 10th birthday", r -> r.header("CHILD=1; DOB=01/01/2017")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=31/12/2026; REC=X1; REASON_PLACE_CHANGE=CUSTOD"));
        passes("234", "custody on the 10th birthday, or another reason under 10", r -> r
                .header("CHILD=1; DOB=01/01/2017")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=01/01/2027; REC=X1; REASON_PLACE_CHANGE=CUSTOD")
                .header("CHILD=2; DOB=01/01/2020")
                .episode("CHILD=2; DECOM=01/06/2026; DEC=01/07/2026; REC=X1; REASON_PLACE_CHANGE=CARPL"));
    }

    private void adoptionExamples() {
        fails("112", "not a date", r -> r.ad1("CHILD=1; DATE_INT=38/04/2026"));
        passes("112", "a date, or blank", r -> r.ad1("CHILD=1; DATE_INT=01/04/2026").ad1("CHILD=2"));

        fails("113", "not a date", r -> r.ad1("CHILD=1; DATE_MATCH=01/01/26"));
        passes("113", "a date, or blank", r -> r.ad1("CHILD=1; DATE_MATCH=01/04/2026").ad1("CHILD=2"));

        fails("114", "2", r -> r.ad1("CHILD=1; FOSTER_CARE=2"));
        passes("114", "0, 1 or blank", r -> r.ad1("CHILD=1; FOSTER_CARE=0").ad1("CHILD=2; FOSTER_CARE=1")
                .ad1("CHILD=3"));

        fails("115", "not a date", r -> r.placedAdoption("CHILD=1; DATE_PLACED=01/13/2026"));
        passes("115", "a date, or blank", r -> r.placedAdoption("CHILD=1; DATE_PLACED=01/12/2026")
                .placedAdoption("CHILD=2"));

        fails("116", "not a date", r -> r.placedAdoption("CHILD=1; DATE_PLACED_CEASED=1 May 2026"));
        passes("116", "a date, or blank", r -> r.placedAdoption("CHILD=1; DATE_PLACED_CEASED=01/05/2026")
                .placedAdoption("CHILD=2"));

        fails("117", "decision after 31 March", r -> r.placedAdoption("CHILD=1; DATE_PLACED=01/04/2027"));
        fails("117", "no-longer decision after leaving care", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; DEC=01/02/2027; REC=E8")
                .placedAdoption("CHILD=1; DATE_PLACED=01/01/2026; DATE_PLACED_CEASED=02/02/2027;"
                        + " REASON_PLACED_CEASED=RD1"));
        passes("117", "within the year and care; the X1 episode's end does not count", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; DEC=01/02/2027; REC=X1")
                .episode("CHILD=1; DECOM=01/02/2027")
                .placedAdoption("CHILD=1; DATE_PLACED=01/01/2026; DATE_PLACED_CEASED=31/03/2027;"
                        + " REASON_PLACED_CEASED=RD1"));

        fails("118", "no-longer decision before the year", r -> r.episode("CHILD=1; DECOM=01/01/2025; LS=E1")
                .placedAdoption("CHILD=1; DATE_PLACED=01/02/2025; DATE_PLACED_CEASED=31/03/2026"));
        fails("118", "before care began", r -> r.episode("CHILD=1; DECOM=01/06/2026; LS=C2")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026; DATE_PLACED_CEASED=01/05/2026"));
        passes("118", "in the year after care began; short breaks do not start care", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=V3").episode("CHILD=1; DECOM=01/06/2026; LS=C2")
                .placedAdoption("CHILD=1; DATE_PLACED=01/06/2026; DATE_PLACED_CEASED=01/06/2026"));

        fails("119", "date without reason", r -> r.placedAdoption("CHILD=1; DATE_PLACED_CEASED=01/05/2026"));
        fails("119", "reason without date", r -> r.placedAdoption("CHILD=1; REASON_PLACED_CEASED=RD1"));
        passes("119", "both or neither", r -> r.placedAdoption("CHILD=1; DATE_PLACED_CEASED=01/05/2026;"
                + " REASON_PLACED_CEASED=RD1").placedAdoption("CHILD=2; DATE_PLACED=01/05/2026"));

        fails("120", "RD5", r -> r.placedAdoption("CHILD=1; REASON_PLACED_CEASED=RD5"));
        passes("120", "RD1 to RD4, or blank", r -> r.placedAdoption("CHILD=1; REASON_PLACED_CEASED=RD4")
                .placedAdoption("CHILD=2"));

        fails("134", "care leaver with adoption data", r -> r.oc3("CHILD=1; IN_TOUCH=YES").ad1("CHILD=1;"
                + " DATE_MATCH=01/01/2026"));
        passes("134", "adoption data without care leaver data", r -> r.oc3("CHILD=1").ad1("CHILD=1" + ALL_AD1_ITEMS)
                .ad1("CHILD=2" + ALL_AD1_ITEMS).oc3("CHILD=3; IN_TOUCH=YES").ad1("CHILD=3"));

        fails("151", "some adoption items blank", r -> r.ad1("CHILD=1; DATE_INT=01/01/2026;"
                + " DATE_MATCH=01/02/2026"));
        passes("151", "all or none", r -> r.ad1("CHILD=1" + ALL_AD1_ITEMS).ad1("CHILD=2"));

        fails("175", "3 adopters", r -> r.ad1("CHILD=1; NB_ADOPTR=3"));
        passes("175", "1, 2 or blank", r -> r.ad1("CHILD=1; NB_ADOPTR=1").ad1("CHILD=2; NB_ADOPTR=2")
                .ad1("CHILD=3"));

        fails("176", "not a code", r -> r.ad1("CHILD=1; SEX_ADOPTR=M2"));
        passes("176", "a code, or blank", r -> r.ad1("CHILD=1; SEX_ADOPTR=FF").ad1("CHILD=2"));

        fails("177", "L1", r -> r.ad1("CHILD=1; LS_ADOPTR=L1"));
        passes("177", "L12, or blank", r -> r.ad1("CHILD=1; LS_ADOPTR=L12").ad1("CHILD=2"));

        fails("184", "decision before birth", r -> r.header("CHILD=1; DOB=10/03/2019")
                .placedAdoption("CHILD=1; DATE_PLACED=10/02/2019"));
        passes("184", "decision on the day of birth, or no date", r -> r.header("CHILD=1; DOB=01/10/2017")
                .placedAdoption("CHILD=1; DATE_PLACED=01/10/2017").header("CHILD=2; DOB=01/10/2017")
                .placedAdoption("CHILD=2"));
    }

    private void careLeaverExamples() {
        fails("131", "not a code", r -> r.oc3("CHILD=1; IN_TOUCH=REFUSE"));
        fails("131", "blank", r -> r.oc3("CHILD=1"));
        passes("131", "a code", r -> r.oc3("CHILD=1; IN_TOUCH=yes").oc3("CHILD=2; IN_TOUCH=RHOM"));

        fails("132", "not a code", r -> r.oc3("CHILD=1; ACTIV=1"));
        fails("132", "blank", r -> r.oc3("CHILD=1"));
        passes("132", "a code, or 0", r -> r.oc3("CHILD=1; ACTIV=F4").oc3("CHILD=2; ACTIV=0"));

        fails("133", "S1 (homeless is only unsuitable)", r -> r.oc3("CHILD=1; ACCOM=S1"));
        fails("133", "blank", r -> r.oc3("CHILD=1"));
        passes("133", "a code, or 0", r -> r.oc3("CHILD=1; ACCOM=S2").oc3("CHILD=2; ACCOM=0"));

        fails("153", "some care leaver items blank", r -> r.oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1"));
        passes("153", "all or none", r -> r.oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=B1").oc3("CHILD=2"));

        fails("187", "looked after 12 months with care leaver data", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc3("CHILD=1; IN_TOUCH=YES"));
        fails("187", "looked after 12 months with adoption data", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .ad1("CHILD=1; DATE_INT=01/01/2026"));
        passes("187", "not looked after 12 months, or no data", r -> r.episode(STARTED_IN_YEAR)
                .oc3("CHILD=1; IN_TOUCH=YES").ad1("CHILD=1" + ALL_AD1_ITEMS)
                .episode("CHILD=2; DECOM=01/01/2025; RNE=S").oc3("CHILD=2").ad1("CHILD=2"));

        fails("215", "care leaver with 12-month items", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .oc2("CHILD=1; IMMUNISATIONS=1"));
        passes("215", "care leaver without, or 12-month items without care leaver data", r -> r
                .oc3("CHILD=1; IN_TOUCH=YES").oc2("CHILD=1; SDQ_SCORE=10").oc3("CHILD=2")
                .oc2("CHILD=2" + ALL_OC2_ITEMS));
    }

    private void twelveMonthExamples() {
        fails("157", "SDQ1 for a 10-year-old looked after 12 months", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=01/01/2016; SDQ_REASON=SDQ1"));
        fails("157", "SDQ1 for one 4 on 1 April", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=01/04/2022; SDQ_REASON=SDQ1"));
        passes("157", "SDQ1 for one turning 4 on 2 April, turning 16 before 31 March, or not looked after 12 months",
                r -> r.episode(LOOKED_AFTER_ALL_YEAR).oc2("CHILD=1; DOB=02/04/2022; SDQ_REASON=SDQ1")
                        .episode("CHILD=2; DECOM=01/01/2025; RNE=S").oc2("CHILD=2; DOB=30/03/2011; SDQ_REASON=SDQ1")
                        .episode("CHILD=3; DECOM=01/06/2026; RNE=S").oc2("CHILD=3; DOB=01/01/2016;"
                                + " SDQ_REASON=SDQ1"));

        fails("158", "received and offered both given", r -> r.oc2("CHILD=1; INTERVENTION_RECEIVED=1;"
                + " INTERVENTION_OFFERED=0"));
        passes("158", "received without offered, or not received with offered", r -> r
                .oc2("CHILD=1; INTERVENTION_RECEIVED=1").oc2("CHILD=2; INTERVENTION_RECEIVED=0;"
                        + " INTERVENTION_OFFERED=1"));

        fails("159", "misuse, not received, offered blank", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=1;"
                + " INTERVENTION_RECEIVED=0"));
        passes("159", "offered given, or received", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=1;"
                + " INTERVENTION_RECEIVED=0; INTERVENTION_OFFERED=0").oc2("CHILD=2; SUBSTANCE_MISUSE=1;"
                        + " INTERVENTION_RECEIVED=1"));

        fails("180", "41", r -> r.oc2("CHILD=1; SDQ_SCORE=41"));
        fails("180", "not a whole number", r -> r.oc2("CHILD=1; SDQ_SCORE=39.5"));
        passes("180", "0, 40, or blank", r -> r.oc2("CHILD=1; SDQ_SCORE=0").oc2("CHILD=2; SDQ_SCORE=40")
                .oc2("CHILD=3"));

        fails("181", "2", r -> r.oc2("CHILD=1; CONVICTED=2"));
        fails("181", "Y for offered", r -> r.oc2("CHILD=1; INTERVENTION_OFFERED=Y"));
        passes("181", "0, 1 or blank", r -> r.oc2("CHILD=1" + ALL_OC2_ITEMS).oc2("CHILD=2"));

        fails("182", "conviction given, immunisations blank", r -> r.oc2("CHILD=1; CONVICTED=1; TEETH_CHECK=1;"
                + " HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));
        fails("182", "only immunisations given", r -> r.oc2("CHILD=1; IMMUNISATIONS=1"));
        passes("182", "the four given, or all blank", r -> r.oc2("CHILD=1; IMMUNISATIONS=1; TEETH_CHECK=1;"
                + " HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0").oc2("CHILD=2; SDQ_SCORE=12"));

        fails("185", "score for a child not looked after 12 months", r -> r.episode(STARTED_IN_YEAR)
                .oc2("CHILD=1; SDQ_SCORE=10"));
        fails("185", "score for a child with no episodes", r -> r.oc2("CHILD=1; SDQ_SCORE=10"));
        passes("185", "score for a child looked after 12 months, or no score", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; SDQ_SCORE=10").oc2("CHILD=2"));

        fails("186", "10-year-old looked after 12 months without score", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=01/01/2016"));
        fails("186", "4 on 1 April, reason but no score", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=01/04/2022; SDQ_REASON=SDQ2"));
        passes("186", "a score; 4 only after 1 April; 17 on 31 March; not looked after 12 months", r -> r
                .episode(LOOKED_AFTER_ALL_YEAR).oc2("CHILD=1; DOB=01/01/2016; SDQ_SCORE=12")
                .episode("CHILD=2; DECOM=01/01/2025; RNE=S").oc2("CHILD=2; DOB=02/04/2022")
                .episode("CHILD=3; DECOM=01/01/2025; RNE=S").oc2("CHILD=3; DOB=31/03/2010")
                .episode("CHILD=4; DECOM=01/06/2026; RNE=S").oc2("CHILD=4; DOB=01/01/2016"));

        fails("188", "score for a child 4 only after 31 March", r -> r.oc2("CHILD=1; DOB=01/04/2023; SDQ_SCORE=5"));
        fails("188", "reason for a 2-year-old", r -> r.oc2("CHILD=1; DOB=01/01/2025; SDQ_REASON=SDQ1"));
        passes("188", "4 on 31 March, or nothing given", r -> r.oc2("CHILD=1; DOB=31/03/2023; SDQ_SCORE=5")
                .oc2("CHILD=2; DOB=01/01/2025"));

        fails("189", "score for one 17 on 1 April", r -> r.oc2("CHILD=1; DOB=01/04/2009; SDQ_SCORE=5"));
        passes("189", "17 only on 2 April, or nothing given", r -> r.oc2("CHILD=1; DOB=02/04/2009; SDQ_SCORE=5")
                .oc2("CHILD=2; DOB=01/01/2005"));
        fails("189", "2025-26: 17 on 1 April 2025", r -> r.year(2026).oc2("CHILD=1; DOB=01/04/2008;"
                + " SDQ_REASON=SDQ1"));
        passes("189", "2025-26: 17 only on 2 April 2025", r -> r.year(2026).oc2("CHILD=1; DOB=02/04/2008;"
                + " SDQ_REASON=SDQ1"));

        fails("190", "12-month items for a child who started care this year", r -> r.episode(STARTED_IN_YEAR)
                .oc2("CHILD=1; CONVICTED=0"));
        fails("190", "ended care in the year", r -> r.episode("CHILD=1; DECOM=01/01/2025; RNE=S; DEC=01/03/2027;"
                + " REC=E8").oc2("CHILD=1; IMMUNISATIONS=1"));
        passes("190", "items for a child looked after 12 months, or none", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1" + ALL_OC2_ITEMS).episode("CHILD=2; DECOM=01/06/2026; RNE=S").oc2("CHILD=2"));

        fails("191", "looked after 12 months, teeth check blank", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; IMMUNISATIONS=1; HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));
        fails("191", "looked after 12 months, no OC2 row", r -> r.episode(LOOKED_AFTER_ALL_YEAR));
        passes("191", "all four given, or not looked after 12 months", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1" + ALL_OC2_ITEMS).episode("CHILD=2; DECOM=01/06/2026; RNE=S").oc2("CHILD=2"));

        fails("192", "misuse without received", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=1"));
        passes("192", "misuse with received, or no misuse", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=1;"
                + " INTERVENTION_RECEIVED=0").oc2("CHILD=2; SUBSTANCE_MISUSE=0"));

        fails("193", "no misuse with received", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=0; INTERVENTION_RECEIVED=1"));
        fails("193", "misuse blank with offered", r -> r.oc2("CHILD=1; INTERVENTION_OFFERED=0"));
        passes("193", "misuse with items, or neither", r -> r.oc2("CHILD=1; SUBSTANCE_MISUSE=1;"
                + " INTERVENTION_RECEIVED=1").oc2("CHILD=2; SUBSTANCE_MISUSE=0"));

        fails("196", "SDQ6", r -> r.oc2("CHILD=1; SDQ_REASON=SDQ6"));
        passes("196", "SDQ5, or blank", r -> r.oc2("CHILD=1; SDQ_REASON=SDQ5").oc2("CHILD=2"));

        fails("197B", "turns 4 on 1 April, nothing given", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=01/04/2022"));
        fails("197B", "turns 17 on 31 March, nothing given", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; DOB=31/03/2010"));
        passes("197B", "a reason given; turns 4 after the year; 10-year-old; not looked after 12 months", r -> r
                .episode(LOOKED_AFTER_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2022; SDQ_REASON=SDQ1")
                .episode("CHILD=2; DECOM=01/01/2025; RNE=S").oc2("CHILD=2; DOB=01/04/2023")
                .episode("CHILD=3; DECOM=01/01/2025; RNE=S").oc2("CHILD=3; DOB=01/01/2016")
                .episode("CHILD=4; DECOM=01/06/2026; RNE=S").oc2("CHILD=4; DOB=01/04/2022"));

        fails("197a", "score and reason", r -> r.oc2("CHILD=1; SDQ_SCORE=0; SDQ_REASON=SDQ4"));
        passes("197a", "one or the other", r -> r.oc2("CHILD=1; SDQ_SCORE=10").oc2("CHILD=2; SDQ_REASON=SDQ2")
                .oc2("CHILD=3"));

        fails("198", "reason for a child not looked after 12 months", r -> r.episode(STARTED_IN_YEAR)
                .oc2("CHILD=1; SDQ_REASON=SDQ2"));
        fails("198", "reason for a short-break child", r -> r.episode("CHILD=1; DECOM=01/01/2025; RNE=S; LS=V3")
                .oc2("CHILD=1; SDQ_REASON=SDQ2"));
        passes("198", "reason for a child looked after 12 months, or none", r -> r.episode(LOOKED_AFTER_ALL_YEAR)
                .oc2("CHILD=1; SDQ_REASON=SDQ2").episode("CHILD=2; DECOM=01/06/2026; RNE=S").oc2("CHILD=2"));
    }
}
