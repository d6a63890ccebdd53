package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.RuleExamples;

/**
 * A failing and a passing example for each rule in {@link Rules500Up}, derived from the rule's message. Collection
 * year 2026-27 (1 April 2026 to 31 March 2027) unless an example says otherwise.
 */
public class Rules500UpTest extends RuleExamples {

    @Override
    protected void examples() {
        episodes();
        adoption();
        outcomesAndMissing();
        mothersAndPermanence();
        deprivationOfLiberty();
        integrity();
        socialWorkers();
    }

    private void episodes() {
        fails("501", "second episode starts before the first ended", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026")
                .episode("CHILD=1; DECOM=09/05/2026"));
        passes("501", "an undated episode is not compared", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026").episode("CHILD=1"));
        passes("501", "episodes abut on the same day", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026")
                .episode("CHILD=1; DECOM=10/05/2026"));
        passes("501", "another child's episodes do not count", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026")
                .episode("CHILD=2; DECOM=09/05/2026"));

        fails("502", "last year's open episode started on another date", r -> r
                .episode("CHILD=1; DECOM=02/03/2026")
                .lastEpisode("CHILD=1; DECOM=01/03/2026"));
        passes("502", "same start as last year's open episode", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; DEC=01/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=01/05/2026")
                .lastEpisode("CHILD=1; DECOM=01/03/2026"));
        passes("502", "last year's episode had ended", r -> r
                .episode("CHILD=1; DECOM=01/06/2026")
                .lastEpisode("CHILD=1; DECOM=01/03/2026; DEC=10/03/2026"));

        continuity("503A", "RNE", "L", "P");
        continuity("503B", "LS", "C1", "C2");
        continuity("503C", "CIN", "N1", "N2");
        continuity("503D", "PLACE", "U1", "U4");
        continuity("503E", "PLACE_PROVIDER", "PR1", "PR4");
        continuity("503F", "URN", "SC123456", "SC654321");
        continuity("503H", "PL_LA", "E09000027", "E09000026");
        continuity("503J", "PL_LOCATION", "IN", "OUT");
        passes("503D", "Z1 last year became Z12", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; PLACE=Z12")
                .lastEpisode("CHILD=1; DECOM=01/03/2026; PLACE=Z1"));
        passes("503D", "H5 last year became K3", r -> r.year(2026)
                .episode("CHILD=1; DECOM=01/03/2025; PLACE=K3")
                .lastEpisode("CHILD=1; DECOM=01/03/2025; PLACE=H5"));
        passes("503D", "without last year's return", r -> r.episode("CHILD=1; DECOM=01/03/2026; PLACE=U1"));
        fails("503G", "distance differs by 0.2 miles", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; PL_DISTANCE=5.2")
                .lastEpisode("CHILD=1; DECOM=01/03/2026; PL_DISTANCE=5.0"));
        passes("503G", "distance differs by 0.1 mile (rounding)", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; PL_DISTANCE=5.1")
                .lastEpisode("CHILD=1; DECOM=01/03/2026; PL_DISTANCE=5.0"));
        passes("503G", "distance unknown this year", r -> r
                .episode("CHILD=1; DECOM=01/03/2026")
                .lastEpisode("CHILD=1; DECOM=01/03/2026; PL_DISTANCE=5.0"));

        fails("504", "category of need changes within a period of care", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=X1; CIN=N1")
                .episode("CHILD=1; DECOM=01/06/2026; CIN=N2"));
        passes("504", "same category of need through the period", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=X1; CIN=N1")
                .episode("CHILD=1; DECOM=01/06/2026; CIN=N1"));
        passes("504", "a new period of care may have a new category", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E4A; CIN=N1")
                .episode("CHILD=1; DECOM=01/09/2026; CIN=N2"));

        fails("516", "SGO to former foster carers from a children's home", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E45; PLACE=K2"));
        passes("516", "SGO to former foster carers from fostering", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E46; PLACE=U4"));
        passes("516", "other reasons ceased", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E47; PLACE=K2"));

        fails("526", "children's home without a provider", r -> r.episode("CHILD=1; PLACE=K2"));
        passes("526", "temporary and other placements need no provider", r -> r
                .episode("CHILD=1; PLACE=T1").episode("CHILD=2; PLACE=Z13"));
        passes("526", "provider given", r -> r.episode("CHILD=1; PLACE=K2; PLACE_PROVIDER=PR4"));

        provider("527", "PR1", "R2", "U1");
        provider("528", "PR2", "P1", "K2");
        provider("529", "PR3", "A4", "R2");
        provider("530", "PR4", "P1", "K2");
        provider("531", "PR5", "P1", "K2");
        provider("550", "PR0", "U1", "P1");
        fails("550", "parents as provider with no placement type", r -> r.episode("CHILD=1; PLACE_PROVIDER=PR0"));

        fails("562", "first episode started before the year but last year's latest started another day", r -> r
                .episode("CHILD=1; DECOM=15/03/2026")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; DEC=15/03/2026; REC=X1")
                .lastEpisode("CHILD=1; DECOM=14/03/2026"));
        fails("562", "child not in last year's return", r -> r.episode("CHILD=1; DECOM=15/03/2026").withLastYear());
        passes("562", "matches last year's latest episode", r -> r
                .episode("CHILD=1; DECOM=15/03/2026")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; DEC=15/03/2026; REC=X1")
                .lastEpisode("CHILD=1; DECOM=15/03/2026"));
        passes("562", "started on 1 April (this year)", r -> r.episode("CHILD=1; DECOM=01/04/2026").withLastYear());

        fails("EPI", "child in the Header without episodes", r -> r.header("CHILD=1"));
        passes("EPI", "child with episodes", r -> r.header("CHILD=1").episode("CHILD=1; DECOM=01/05/2026"));
        passes("EPI", "care leaver in OC3 only", r -> r.header("CHILD=1").oc3("CHILD=1; IN_TOUCH=YES"));

        fails("NoE", "episode from before the year, no episodes last year", r -> r
                .episode("CHILD=1; DECOM=31/03/2026").lastEpisode("CHILD=2; DECOM=01/01/2026"));
        passes("NoE", "episodes last year", r -> r
                .episode("CHILD=1; DECOM=31/03/2026").lastEpisode("CHILD=1; DECOM=31/03/2026"));
        passes("NoE", "started this year", r -> r.episode("CHILD=1; DECOM=01/04/2026").withLastYear());
    }

    /** A 503 rule: the first episode's field differs from last year's open episode, or matches it. */
    private void continuity(String code, String field, String before, String now) {
        fails(code, field + " differs from last year's open episode", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; " + field + "=" + now)
                .lastEpisode("CHILD=1; DECOM=01/03/2026; " + field + "=" + before));
        passes(code, field + " as last year's open episode", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; DEC=01/06/2026; REC=X1; " + field + "=" + before)
                .episode("CHILD=1; DECOM=01/06/2026; " + field + "=" + now)
                .lastEpisode("CHILD=1; DECOM=01/03/2026; " + field + "=" + before));
        passes(code, field + " differs but last year's episode had ended", r -> r
                .episode("CHILD=1; DECOM=01/03/2026; " + field + "=" + now)
                .lastEpisode("CHILD=1; DECOM=01/03/2025; DEC=01/03/2026; " + field + "=" + before));
    }

    /** A provider rule: the provider with a placement it cannot provide, and with one it can. */
    private void provider(String code, String provider, String wrongPlace, String rightPlace) {
        fails(code, provider + " with " + wrongPlace, r -> r
                .episode("CHILD=1; PLACE=" + wrongPlace + "; PLACE_PROVIDER=" + provider));
        passes(code, provider + " with " + rightPlace, r -> r
                .episode("CHILD=1; PLACE=" + rightPlace + "; PLACE_PROVIDER=" + provider));
    }

    private void adoption() {
        fails("511", "two adopters recorded as a single male", r -> r.ad1("CHILD=1; NB_ADOPTR=2; SEX_ADOPTR=M1"));
        passes("511", "two adopters, a female couple", r -> r.ad1("CHILD=1; NB_ADOPTR=2; SEX_ADOPTR=FF"));
        passes("511", "one adopter", r -> r.ad1("CHILD=1; NB_ADOPTR=1; SEX_ADOPTR=F1"));

        fails("514", "single adopter recorded as a couple", r -> r.ad1("CHILD=1; LS_ADOPTR=L0; SEX_ADOPTR=MF"));
        fails("514", "single adopter but two adopters", r -> r.ad1("CHILD=1; LS_ADOPTR=L0; NB_ADOPTR=2"));
        fails("514", "single adopter with an unknown sex code", r -> r.ad1("CHILD=1; LS_ADOPTR=L0; SEX_ADOPTR=X1"));
        passes("514", "single adopter, single female", r -> r.ad1("CHILD=1; LS_ADOPTR=L0; NB_ADOPTR=1; SEX_ADOPTR=F1"));

        fails("517", "unmarried different-gender couple recorded as FF", r -> r.ad1("CHILD=1; LS_ADOPTR=L3; SEX_ADOPTR=FF"));
        passes("517", "unmarried different-gender couple MF", r -> r.ad1("CHILD=1; LS_ADOPTR=L3; SEX_ADOPTR=MF"));
        fails("518", "unmarried same-gender couple recorded as MF", r -> r.ad1("CHILD=1; LS_ADOPTR=L4; SEX_ADOPTR=MF"));
        passes("518", "unmarried same-gender couple MM", r -> r.ad1("CHILD=1; LS_ADOPTR=L4; SEX_ADOPTR=MM"));
        fails("519", "civil partners recorded as a single adopter", r -> r.ad1("CHILD=1; LS_ADOPTR=L2; SEX_ADOPTR=F1"));
        passes("519", "civil partners FF", r -> r.ad1("CHILD=1; LS_ADOPTR=L2; SEX_ADOPTR=FF"));
        fails("520", "different-gender married couple recorded as MM", r -> r.ad1("CHILD=1; LS_ADOPTR=L11; SEX_ADOPTR=MM"));
        passes("520", "different-gender married couple MF", r -> r.ad1("CHILD=1; LS_ADOPTR=L11; SEX_ADOPTR=MF"));
        fails("524", "same-gender married couple recorded as MF", r -> r.ad1("CHILD=1; LS_ADOPTR=L12; SEX_ADOPTR=MF"));
        fails("524", "same-gender married couple with no sex recorded", r -> r.ad1("CHILD=1; LS_ADOPTR=L12"));
        passes("524", "same-gender married couple FF", r -> r.ad1("CHILD=1; LS_ADOPTR=L12; SEX_ADOPTR=FF"));

        fails("521", "placed for adoption before the decision", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=A4").ad1("CHILD=1; DATE_INT=02/05/2026"));
        passes("521", "placed on the day of the decision", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=A4").ad1("CHILD=1; DATE_INT=01/05/2026"));
        passes("521", "earlier foster placement does not count", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; PLACE=U4").ad1("CHILD=1; DATE_INT=01/05/2026"));

        fails("522", "decision after it was reversed", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=02/05/2026; DATE_PLACED_CEASED=01/05/2026"));
        passes("522", "reversed on the day of the decision", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/05/2026"));

        fails("523", "decision dates differ", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026").ad1("CHILD=1; DATE_INT=02/05/2026"));
        passes("523", "same decision date", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026").ad1("CHILD=1; DATE_INT=01/05/2026"));
        passes("523", "an earlier reversed decision is not compared", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/01/2026; DATE_PLACED_CEASED=01/02/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026").ad1("CHILD=1; DATE_INT=01/05/2026"));

        fails("525", "reversed decision yet adoption details", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/06/2026")
                .ad1("CHILD=1; DATE_MATCH=01/07/2026"));
        passes("525", "decision not reversed", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026").ad1("CHILD=1; DATE_MATCH=01/07/2026"));
        passes("525", "reversed and no adoption details", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/06/2026"));

        fails("551", "placed for adoption without a decision", r -> r.episode("CHILD=1; PLACE=A3"));
        fails("551", "placed for adoption, decision date blank", r -> r
                .episode("CHILD=1; PLACE=A5").placedAdoption("CHILD=1; REASON_PLACED_CEASED=RD1"));
        passes("551", "decision recorded", r -> r
                .episode("CHILD=1; PLACE=A6").placedAdoption("CHILD=1; DATE_PLACED=01/01/2026"));

        fails("552", "decision after the child was placed for adoption", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=A3")
                .placedAdoption("CHILD=1; DATE_PLACED=02/05/2026"));
        passes("552", "decision the day the child was placed", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=A3")
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026"));

        fails("553", "placement order without a decision", r -> r.episode("CHILD=1; LS=E1"));
        passes("553", "placement order with a decision", r -> r
                .episode("CHILD=1; LS=E1").placedAdoption("CHILD=1; DATE_PLACED=01/01/2026"));

        fails("554", "decision after the placement order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=E1")
                .placedAdoption("CHILD=1; DATE_PLACED=02/05/2026"));
        passes("554", "decision on the day of the order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=E1")
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026"));

        fails("557", "left care from an adoptive placement, decision still open", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A; PLACE=A4")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026"));
        fails("557", "left care with a placement order and no decision at all", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E13; LS=E1"));
        passes("557", "decision closed with date and reason", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A; PLACE=A4")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026; DATE_PLACED_CEASED=01/07/2026; REASON_PLACED_CEASED=RD1"));
        passes("557", "adopted", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E11; PLACE=A4")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026"));

        fails("558", "adopted but the decision was reversed", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E12")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026; DATE_PLACED_CEASED=01/06/2026"));
        passes("558", "adopted and the latest decision stands", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E12")
                .placedAdoption("CHILD=1; DATE_PLACED=01/01/2026; DATE_PLACED_CEASED=01/02/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/04/2026"));

        fails("559", "decision before this year not in last year's return", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=31/03/2026").withLastYear());
        passes("559", "decision before this year returned last year", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=31/03/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=31/03/2026"));
        passes("559", "decision this year", r -> r.placedAdoption("CHILD=1; DATE_PLACED=01/04/2026").withLastYear());

        fails("560", "open decision last year returned with another date", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=02/03/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2026"));
        passes("560", "same date as last year", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/03/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2026"));
        passes("560", "last year's decision had been reversed", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=02/03/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; DATE_PLACED_CEASED=01/04/2025"));

        fails("561", "decision reversed last year returned as open", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/03/2025")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; DATE_PLACED_CEASED=01/06/2025"));
        passes("561", "reversed decision repeated with its reversal", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/03/2025; DATE_PLACED_CEASED=01/06/2025")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; DATE_PLACED_CEASED=01/06/2025"));
        passes("561", "a new decision", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; DATE_PLACED_CEASED=01/06/2025"));

        fails("563", "reversal without the decision date", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED_CEASED=01/06/2026; REASON_PLACED_CEASED=RD1"));
        passes("563", "reversal with the decision date", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/06/2026; REASON_PLACED_CEASED=RD1"));

        fails("579", "new decision while the previous is open", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/07/2026"));
        fails("579", "new decision before the previous ceased", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/08/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/07/2026"));
        passes("579", "new decision on the day the previous ceased", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/07/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/07/2026"));

        fails("582", "adopted on the day of the match", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E11").ad1("CHILD=1; DATE_MATCH=01/07/2026"));
        passes("582", "matched before adoption", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E11").ad1("CHILD=1; DATE_MATCH=01/06/2026"));

        fails("583", "earlier decision not revoked", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/07/2026"));
        passes("583", "earlier decision revoked, latest open", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026; DATE_PLACED_CEASED=01/06/2026")
                .placedAdoption("CHILD=1; DATE_PLACED=01/07/2026"));

        fails("584", "new decision dated before last year's reversed one", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/01/2025")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; REASON_PLACED_CEASED=RD3"));
        passes("584", "new decision after last year's reversed one", r -> r
                .placedAdoption("CHILD=1; DATE_PLACED=01/05/2026")
                .last(ReturnTable.PLACED_ADOPTION, "CHILD=1; DATE_PLACED=01/03/2025; REASON_PLACED_CEASED=RD3"));

        fails("601", "adopted in the year with incomplete AD1", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E11").ad1("CHILD=1; DATE_INT=01/01/2026"));
        fails("601", "adopted in the year without AD1", r -> r.episode("CHILD=1; DEC=31/03/2027; REC=E12"));
        passes("601", "adopted with full AD1", r -> r.episode("CHILD=1; DEC=01/07/2026; REC=E11").ad1(
                "CHILD=1; DATE_INT=01/01/2026; DATE_MATCH=01/02/2026; FOSTER_CARE=0; NB_ADOPTR=1; SEX_ADOPTR=F1; LS_ADOPTR=L0"));
        passes("601", "adopted last year", r -> r.episode("CHILD=1; DEC=31/03/2026; REC=E11"));

        fails("602", "AD1 details without an adoption", r -> r
                .episode("CHILD=1; DEC=01/07/2026; REC=E4A").ad1("CHILD=1; DATE_INT=01/01/2026"));
        passes("602", "AD1 details with an adoption in the year", r -> r
                .episode("CHILD=1; DEC=01/04/2026; REC=E11").ad1("CHILD=1; DATE_INT=01/01/2026"));
    }

    private static final String IN_CARE_ALL_YEAR = "CHILD=1; DECOM=01/01/2020; RNE=S; LS=C2";

    private void outcomesAndMissing() {
        fails("542", "conviction recorded for a 9-year-old", r -> r.oc2("CHILD=1; DOB=01/04/2017; CONVICTED=0"));
        passes("542", "conviction recorded on the 10th birthday, 31 March", r -> r
                .oc2("CHILD=1; DOB=31/03/2017; CONVICTED=0"));
        passes("542", "no conviction information under 10", r -> r.oc2("CHILD=1; DOB=01/04/2017"));

        fails("543", "10 at 31 March, looked after all year, no conviction information", r -> r
                .episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=31/03/2017"));
        passes("543", "9 at 31 March", r -> r.episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2017"));
        passes("543", "not looked after all year", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S; LS=C2").oc2("CHILD=1; DOB=01/01/2010"));
        passes("543", "conviction given", r -> r.episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/01/2010; CONVICTED=1"));

        fails("544", "conviction without teeth check", r -> r.oc2(
                "CHILD=1; CONVICTED=0; IMMUNISATIONS=1; HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));
        passes("544", "conviction with all health items", r -> r.oc2(
                "CHILD=1; CONVICTED=0; IMMUNISATIONS=1; TEETH_CHECK=1; HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));

        fails("545", "4 at 31 March, looked after all year, no health check", r -> r
                .episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2022"));
        passes("545", "5 at 31 March (birthday that day)", r -> r
                .episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=31/03/2022"));
        passes("545", "health check given", r -> r.episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2023; HEALTH_CHECK=1"));
        passes("545", "year 2026: 4 at 31 March 2026 with a check", r -> r.year(2026)
                .episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2021; HEALTH_CHECK=1"));
        fails("545", "year 2026: 4 at 31 March 2026 without a check", r -> r.year(2026)
                .episode(IN_CARE_ALL_YEAR).oc2("CHILD=1; DOB=01/04/2021"));

        fails("546", "health check for a 5-year-old", r -> r.oc2("CHILD=1; DOB=31/03/2022; HEALTH_CHECK=1"));
        passes("546", "health check for a 4-year-old", r -> r.oc2("CHILD=1; DOB=01/04/2022; HEALTH_CHECK=1"));
        passes("546", "date of birth from the Header, no check", r -> r.header("CHILD=1; DOB=01/01/2015").oc2("CHILD=1"));

        fails("547", "health check without immunisations", r -> r.oc2(
                "CHILD=1; HEALTH_CHECK=1; TEETH_CHECK=1; HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));
        passes("547", "health check with all items", r -> r.oc2(
                "CHILD=1; HEALTH_CHECK=1; IMMUNISATIONS=1; TEETH_CHECK=1; HEALTH_ASSESSMENT=1; SUBSTANCE_MISUSE=0"));

        fails("564", "missing without a start date", r -> r.missing("CHILD=1; MISSING=M"));
        passes("564", "missing with a start date", r -> r.missing("CHILD=1; MISSING=M; MIS_START=01/05/2026"));
        fails("565", "start date without type", r -> r.missing("CHILD=1; MIS_START=01/05/2026"));
        passes("565", "start date with type", r -> r.missing("CHILD=1; MISSING=A; MIS_START=01/05/2026"));
        fails("566", "end date without type", r -> r.missing("CHILD=1; MIS_START=01/05/2026; MIS_END=02/05/2026"));
        passes("566", "end date with type", r -> r.missing("CHILD=1; MISSING=A; MIS_END=02/05/2026"));
        fails("567", "ends before it starts", r -> r.missing("CHILD=1; MIS_START=02/05/2026; MIS_END=01/05/2026"));
        passes("567", "ends the day it starts", r -> r.missing("CHILD=1; MIS_START=02/05/2026; MIS_END=02/05/2026"));
        fails("570", "starts after 31 March", r -> r.missing("CHILD=1; MIS_START=01/04/2027"));
        passes("570", "starts on 31 March", r -> r.missing("CHILD=1; MIS_START=31/03/2027"));
        fails("570", "year 2026: starts on 1 April 2026", r -> r.year(2026).missing("CHILD=1; MIS_START=01/04/2026"));
        fails("571", "ends before the year", r -> r.missing("CHILD=1; MIS_END=31/03/2026"));
        fails("571", "ends after the year", r -> r.missing("CHILD=1; MIS_END=01/04/2027"));
        passes("571", "ends on 1 April and 31 March", r -> r
                .missing("CHILD=1; MIS_END=01/04/2026").missing("CHILD=1; MIS_END=31/03/2027"));
        fails("571", "year 2026: ends on 1 April 2026 is after that year", r -> r.year(2026)
                .missing("CHILD=1; MIS_END=01/04/2026"));

        fails("574", "new period while the previous is open", r -> r
                .missing("CHILD=1; MIS_START=01/05/2026").missing("CHILD=1; MIS_START=03/05/2026"));
        fails("574", "overlapping periods", r -> r
                .missing("CHILD=1; MIS_START=01/05/2026; MIS_END=05/05/2026")
                .missing("CHILD=1; MIS_START=03/05/2026; MIS_END=06/05/2026"));
        passes("574", "one after another", r -> r
                .missing("CHILD=1; MIS_START=03/05/2026").missing("CHILD=1; MIS_START=01/05/2026; MIS_END=03/05/2026"));

        fails("575", "placement ended but missing period open", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1").episode("CHILD=1; DECOM=10/05/2026")
                .missing("CHILD=1; MIS_START=05/05/2026"));
        passes("575", "missing from the open placement", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1").episode("CHILD=1; DECOM=10/05/2026")
                .missing("CHILD=1; MIS_START=11/05/2026"));
        passes("575", "period ended", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026")
                .missing("CHILD=1; MIS_START=05/05/2026; MIS_END=06/05/2026"));

        fails("576", "open period last year, another start this year", r -> r
                .missing("CHILD=1; MIS_START=02/04/2026")
                .last(ReturnTable.MISSING, "CHILD=1; MIS_START=30/03/2026"));
        fails("576", "open period last year, none this year", r -> r
                .last(ReturnTable.MISSING, "CHILD=1; MIS_START=30/03/2026"));
        passes("576", "carried over with the same start", r -> r
                .missing("CHILD=1; MIS_START=30/03/2026; MIS_END=02/04/2026")
                .last(ReturnTable.MISSING, "CHILD=1; MIS_START=30/03/2026"));
        passes("576", "last year's period had ended", r -> r
                .last(ReturnTable.MISSING, "CHILD=1; MIS_START=20/03/2026; MIS_END=21/03/2026"));

        fails("577", "ceased care, missing period open", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E8").missing("CHILD=1; MIS_START=05/06/2026"));
        passes("577", "still looked after", r -> r
                .episode("CHILD=1; DECOM=01/05/2026").missing("CHILD=1; MIS_START=05/06/2026"));

        fails("578", "missing after care ended", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E8").missing("CHILD=1; MIS_START=11/06/2026"));
        passes("578", "missing on the day care ended", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E8").missing("CHILD=1; MIS_START=10/06/2026"));
        passes("578", "missing in a later period of care", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E8").episode("CHILD=1; DECOM=01/08/2026")
                .missing("CHILD=1; MIS_START=02/08/2026"));

        fails("580", "missing at 18 when care ended, reason not E8", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E5")
                .missing("CHILD=1; DOB=10/06/2008; MIS_START=01/06/2026; MIS_END=10/06/2026"));
        passes("580", "missing at 18 when care ended, reason E8", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; REC=E8")
                .missing("CHILD=1; DOB=10/06/2008; MIS_START=01/06/2026; MIS_END=10/06/2026"));

        fails("581", "missing before first looked after", r -> r
                .episode("CHILD=1; DECOM=01/05/2026").missing("CHILD=1; MIS_START=30/04/2026"));
        passes("581", "missing on the first day", r -> r
                .episode("CHILD=1; DECOM=01/05/2026").missing("CHILD=1; MIS_START=01/05/2026"));

        fails("586", "missing before birth", r -> r
                .header("CHILD=1; DOB=01/05/2026").missing("CHILD=1; MIS_START=30/04/2026"));
        passes("586", "missing after birth", r -> r
                .header("CHILD=1; DOB=01/05/2010").missing("CHILD=1; MIS_START=30/04/2026"));
    }

    private void mothersAndPermanence() {
        fails("607", "girl left care in the year, mother blank", r -> r
                .header("CHILD=1; SEX=F").episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A; LS=C2"));
        passes("607", "mother field given", r -> r
                .header("CHILD=1; SEX=F; MOTHER=0").episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A; LS=C2"));
        passes("607", "short breaks only", r -> r
                .header("CHILD=1; SEX=F").episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A; LS=V3"));
        passes("607", "left care last year", r -> r
                .header("CHILD=1; SEX=F").episode("CHILD=1; DECOM=01/05/2025; DEC=31/03/2026; REC=E4A; LS=C2"));

        fails("611", "mother without child's date of birth", r -> r.header("CHILD=1; SEX=F; MOTHER=1"));
        passes("611", "mother with child's date of birth", r -> r.header("CHILD=1; SEX=F; MOTHER=1; MC_DOB=01/01/2026"));

        fails("612", "child's date of birth but not a mother", r -> r.header("CHILD=1; SEX=F; MOTHER=0; MC_DOB=01/01/2026"));
        fails("612", "child's date of birth, mother blank", r -> r.header("CHILD=1; SEX=F; MC_DOB=01/01/2026"));
        passes("612", "a mother", r -> r.header("CHILD=1; SEX=F; MOTHER=1; MC_DOB=01/01/2026"));

        fails("620", "mother under 11 at the start of the year", r -> r.header("CHILD=1; DOB=02/04/2015; MOTHER=1"));
        passes("620", "mother 11 on 1 April", r -> r.header("CHILD=1; DOB=01/04/2015; MOTHER=1"));
        fails("620", "year 2026: mother 11 only on 1 April 2026", r -> r.year(2026).header("CHILD=1; DOB=01/04/2015; MOTHER=1"));

        fails("621", "mother younger than her child", r -> r.header("CHILD=1; DOB=01/01/2012; MC_DOB=01/01/2011"));
        fails("621", "mother and child born the same day", r -> r.header("CHILD=1; DOB=01/01/2012; MC_DOB=01/01/2012"));
        passes("621", "mother older than her child", r -> r.header("CHILD=1; DOB=01/01/2010; MC_DOB=01/01/2026"));

        fails("624", "first child's date of birth changed", r -> r
                .header("CHILD=1; MC_DOB=01/01/2026").lastHeader("CHILD=1; MC_DOB=02/01/2026"));
        passes("624", "same as last year", r -> r
                .header("CHILD=1; MC_DOB=01/01/2026").lastHeader("CHILD=1; MC_DOB=01/01/2026"));
        passes("624", "none last year", r -> r.header("CHILD=1; MC_DOB=01/01/2026").lastHeader("CHILD=1"));

        fails("625", "child born after the year", r -> r.header("CHILD=1; MC_DOB=01/04/2027"));
        fails("625", "child born after the mother left care", r -> r.header("CHILD=1; MC_DOB=02/07/2026")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A"));
        passes("625", "child born in care", r -> r.header("CHILD=1; MC_DOB=02/07/2026")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=X1").episode("CHILD=1; DECOM=01/07/2026"));

        fails("626", "child born before the year, not a mother last year", r -> r
                .header("CHILD=1; MOTHER=1; MC_DOB=31/03/2026").lastHeader("CHILD=1; MOTHER=0"));
        passes("626", "child born this year", r -> r
                .header("CHILD=1; MOTHER=1; MC_DOB=01/04/2026").lastHeader("CHILD=1; MOTHER=0"));

        fails("628", "care leaver not looked after with motherhood details", r -> r
                .header("CHILD=1; MOTHER=0").oc3("CHILD=1; IN_TOUCH=YES"));
        passes("628", "care leaver without motherhood details", r -> r.header("CHILD=1").oc3("CHILD=1; IN_TOUCH=YES"));
        passes("628", "looked after in the year", r -> r.header("CHILD=1; MOTHER=0")
                .oc3("CHILD=1; IN_TOUCH=YES").episode("CHILD=1; DECOM=01/05/2026"));

        fails("630", "started this year without previous permanence", r -> r.episode("CHILD=1; DECOM=01/04/2026; RNE=S"));
        fails("630", "adoption before, without the date of the order", r -> r
                .episode("CHILD=1; DECOM=01/04/2026; RNE=S").prevPerm("CHILD=1; PREV_PERM=P1; LA_PERM=352"));
        passes("630", "no previous permanence", r -> r
                .episode("CHILD=1; DECOM=01/04/2026; RNE=S").prevPerm("CHILD=1; PREV_PERM=Z1"));
        passes("630", "started last year", r -> r.episode("CHILD=1; DECOM=31/03/2026; RNE=S"));

        fails("631", "invalid option", r -> r.prevPerm("CHILD=1; PREV_PERM=P5"));
        passes("631", "valid option", r -> r.prevPerm("CHILD=1; PREV_PERM=P4"));

        fails("632", "not a date", r -> r.prevPerm("CHILD=1; DATE_PERM=2015-01-01"));
        fails("632", "known day of an unknown month", r -> r.prevPerm("CHILD=1; DATE_PERM=05/ZZ/2015"));
        fails("632", "order on the day care started", r -> r
                .prevPerm("CHILD=1; DATE_PERM=01/05/2026").episode("CHILD=1; DECOM=01/05/2026"));
        fails("632", "month known: its last day is after care started", r -> r
                .prevPerm("CHILD=1; DATE_PERM=ZZ/05/2026").episode("CHILD=1; DECOM=15/05/2026"));
        passes("632", "part-known dates before care started", r -> r
                .prevPerm("CHILD=1; DATE_PERM=ZZ/04/2026").prevPerm("CHILD=1; DATE_PERM=ZZ/ZZ/2025")
                .prevPerm("CHILD=1; DATE_PERM=ZZ/ZZ/ZZZZ").episode("CHILD=1; DECOM=01/05/2026"));

        fails("633", "unknown authority", r -> r.prevPerm("CHILD=1; LA_PERM=458"));
        passes("633", "English authority and Wales", r -> r.prevPerm("CHILD=1; LA_PERM=204").prevPerm("CHILD=2; LA_PERM=WAL"));

        fails("634", "entries but looked after only since before April 2016", r -> r
                .prevPerm("CHILD=1; PREV_PERM=Z1").episode("CHILD=1; DECOM=31/03/2016"));
        passes("634", "started on 1 April 2016", r -> r
                .prevPerm("CHILD=1; PREV_PERM=Z1").episode("CHILD=1; DECOM=01/04/2016"));

        fails("635", "date of order with Z1", r -> r.prevPerm("CHILD=1; PREV_PERM=Z1; DATE_PERM=01/01/2015"));
        fails("635", "authority without an option", r -> r.prevPerm("CHILD=1; LA_PERM=352"));
        passes("635", "order details with adoption", r -> r.prevPerm("CHILD=1; PREV_PERM=P1; LA_PERM=352; DATE_PERM=01/01/2015"));
    }

    private void deprivationOfLiberty() {
        fails("700", "start not a date", r -> r.dolo("CHILD=1; DOLO_START=31/02/2027"));
        fails("700", "start blank", r -> r.dolo("CHILD=1; DOLO_END=01/02/2027"));
        passes("700", "start a date", r -> r.dolo("CHILD=1; DOLO_START=01/02/2027"));
        fails("701", "end not a date", r -> r.dolo("CHILD=1; DOLO_START=01/02/2027; DOLO_END=2027"));
        passes("701", "end blank or a date", r -> r.dolo("CHILD=1; DOLO_START=01/02/2027")
                .dolo("CHILD=2; DOLO_START=01/02/2027; DOLO_END=02/02/2027"));
        fails("702", "ends before it starts", r -> r.dolo("CHILD=1; DOLO_START=02/02/2027; DOLO_END=01/02/2027"));
        passes("702", "ends the day it starts", r -> r.dolo("CHILD=1; DOLO_START=02/02/2027; DOLO_END=02/02/2027"));
        fails("703", "starts after 31 March", r -> r.dolo("CHILD=1; DOLO_START=01/04/2027"));
        passes("703", "starts on 31 March", r -> r.dolo("CHILD=1; DOLO_START=31/03/2027"));
        fails("704", "ended before the year", r -> r.dolo("CHILD=1; DOLO_START=01/02/2026; DOLO_END=31/03/2026"));
        passes("704", "ended on 1 April", r -> r.dolo("CHILD=1; DOLO_START=01/02/2026; DOLO_END=01/04/2026"));
        passes("704", "still in force (no end)", r -> r.dolo("CHILD=1; DOLO_START=01/02/2026"));
        fails("704", "ended after 31 March", r -> r.dolo("CHILD=1; DOLO_START=01/02/2027; DOLO_END=01/04/2027"));
        fails("705", "new order while the previous is open", r -> r
                .dolo("CHILD=1; DOLO_START=01/05/2026").dolo("CHILD=1; DOLO_START=01/06/2026"));
        passes("705", "new order after the previous ended", r -> r
                .dolo("CHILD=1; DOLO_START=01/06/2026").dolo("CHILD=1; DOLO_START=01/05/2026; DOLO_END=01/06/2026"));
        fails("706", "open order last year not returned", r -> r
                .dolo("CHILD=1; DOLO_START=01/05/2026").last(ReturnTable.DOLO, "CHILD=1; DOLO_START=01/03/2026"));
        fails("706", "open order last year, child has none this year", r -> r
                .last(ReturnTable.DOLO, "CHILD=1; DOLO_START=01/03/2026"));
        passes("706", "open order carried over", r -> r
                .dolo("CHILD=1; DOLO_START=01/03/2026").last(ReturnTable.DOLO, "CHILD=1; DOLO_START=01/03/2026"));
        fails("707", "ceased care with an open order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; REC=E4A").dolo("CHILD=1; DOLO_START=01/05/2026"));
        passes("707", "still looked after", r -> r
                .episode("CHILD=1; DECOM=01/05/2026").dolo("CHILD=1; DOLO_START=01/05/2026"));
        fails("708", "order before birth", r -> r.header("CHILD=1; DOB=02/05/2026").dolo("CHILD=1; DOLO_START=01/05/2026"));
        passes("708", "order after birth", r -> r.header("CHILD=1; DOB=02/05/2010").dolo("CHILD=1; DOLO_START=01/05/2026"));
        fails("709", "fostered during an order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=U4").dolo("CHILD=1; DOLO_START=01/06/2026"));
        fails("709", "an open placement runs on into a later order", r -> r
                .episode("CHILD=1; DECOM=01/05/2025; PLACE=U6").dolo("CHILD=1; DOLO_START=01/03/2027; DOLO_END=02/03/2027"));
        passes("709", "children's home during an order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=X1; PLACE=U4")
                .episode("CHILD=1; DECOM=01/06/2026; PLACE=K2").dolo("CHILD=1; DOLO_START=02/06/2026"));
        fails("710", "secure children's home during an order", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/07/2026; PLACE=K1")
                .dolo("CHILD=1; DOLO_START=01/04/2026; DOLO_END=01/05/2026"));
        passes("710", "secure home only after the order ended", r -> r
                .episode("CHILD=1; DECOM=02/05/2026; PLACE=K1")
                .dolo("CHILD=1; DOLO_START=01/04/2026; DOLO_END=01/05/2026"));
    }

    private void integrity() {
        notInHeader("INT01", ReturnTable.AD1);
        notInHeader("INT02", ReturnTable.PLACED_ADOPTION);
        notInHeader("INT03", ReturnTable.EPISODES);
        notInHeader("INT04", ReturnTable.MISSING);
        notInHeader("INT05", ReturnTable.OC2);
        notInHeader("INT06", ReturnTable.OC3);
        notInHeader("INT07", ReturnTable.PREV_PERM);
        notInHeader("INT08", ReturnTable.REVIEWS);
        notInHeader("INT09", ReturnTable.UASC);

        dobDiffers("INT11", ReturnTable.AD1);
        dobDiffers("INT12", ReturnTable.PLACED_ADOPTION);
        dobDiffers("INT13", ReturnTable.MISSING);
        dobDiffers("INT14", ReturnTable.OC2);
        dobDiffers("INT15", ReturnTable.OC3);
        dobDiffers("INT16", ReturnTable.PREV_PERM);
        dobDiffers("INT17", ReturnTable.REVIEWS);
        dobDiffers("INT18", ReturnTable.UASC);
        passes("INT11", "blank date of birth against the Header's (not compared)", r -> r
                .header("CHILD=1; DOB=01/01/2015").ad1("CHILD=1"));
        passes("INT11", "a date not written dd/mm/yyyy is not compared", r -> r.header("CHILD=1; DOB=01/01/2015").ad1("CHILD=1; DOB=1/1/2015"));
        passes("INT11", "child not in the Header (INT01's concern)", r -> r.ad1("CHILD=1; DOB=01/01/2015"));

        fails("INT21", "UASC sex differs from the Header", r -> r.header("CHILD=1; SEX=M").uasc("CHILD=1; SEX=F"));
        passes("INT21", "same sex", r -> r.header("CHILD=1; SEX=M").uasc("CHILD=1; SEX=M"));

        once("INT31", ReturnTable.AD1);
        once("INT32", ReturnTable.HEADER);
        once("INT33", ReturnTable.OC2);
        once("INT34", ReturnTable.OC3);
        once("INT35", ReturnTable.PREV_PERM);
        once("INT36", ReturnTable.UASC);
    }

    private void notInHeader(String code, ReturnTable table) {
        fails(code, "child in " + table.dfeName() + " not in the Header", r -> r
                .header("CHILD=1").row(table, "CHILD=2"));
        passes(code, "child in " + table.dfeName() + " and the Header", r -> r
                .header("CHILD=1").row(table, "CHILD=1"));
    }

    private void dobDiffers(String code, ReturnTable table) {
        fails(code, table.dfeName() + " date of birth differs", r -> r
                .header("CHILD=1; DOB=01/01/2015").row(table, "CHILD=1; DOB=02/01/2015"));
        passes(code, table.dfeName() + " date of birth the same", r -> r
                .header("CHILD=1; DOB=01/01/2015").row(table, "CHILD=1; DOB=01/01/2015"));
    }

    private void once(String code, ReturnTable table) {
        fails(code, "child twice in " + table.dfeName(), r -> r.row(table, "CHILD=1").row(table, "CHILD=1"));
        passes(code, "each child once in " + table.dfeName(), r -> r.row(table, "CHILD=1").row(table, "CHILD=2"));
    }

    private void socialWorkers() {
        fails("SW01aSTG1", "episode before April 2023 without an id", r -> r.swEpisode("CHILD=1; SW_DECOM=01/03/2023"));
        fails("SW01aSTG1", "no start date", r -> r.swEpisode("CHILD=1; SW_ID=SW1"));
        passes("SW01aSTG1", "before April 2023 with an id, no reason", r -> r
                .swEpisode("CHILD=1; SW_ID=SW1; SW_DECOM=31/03/2023"));

        fails("SW01bSTG1", "episode from April 2023 without a reason", r -> r
                .swEpisode("CHILD=1; SW_ID=SW1; SW_DECOM=01/04/2023"));
        passes("SW01bSTG1", "complete", r -> r.swEpisode("CHILD=1; SW_ID=SW1; SW_DECOM=01/04/2023; SW_REASON=MANAGE"));
        passes("SW01bSTG1", "before April 2023 without a reason", r -> r.swEpisode("CHILD=1; SW_ID=SW1; SW_DECOM=31/03/2023"));

        fails("SW02STG1", "id without SW or XX", r -> r.swEpisode("CHILD=1; SW_ID=AB123"));
        passes("SW02STG1", "ids SW and XX (any case)", r -> r.swEpisode("CHILD=1; SW_ID=sw123").swEpisode("CHILD=2; SW_ID=XX9"));

        fails("SW04STG1", "start not a date", r -> r.swEpisode("CHILD=1; SW_DECOM=32/01/2026"));
        passes("SW04STG1", "start a date", r -> r.swEpisode("CHILD=1; SW_DECOM=31/01/2026"));
        fails("SW05STG1", "end not a date", r -> r.swEpisode("CHILD=1; SW_DEC=2026/01/31"));
        passes("SW05STG1", "end a date or blank", r -> r.swEpisode("CHILD=1; SW_DEC=31/01/2026").swEpisode("CHILD=2"));

        fails("SW06STG2", "starts after 31 March", r -> r.swEpisode("CHILD=1; SW_DECOM=01/04/2027"));
        passes("SW06STG2", "starts on 31 March", r -> r.swEpisode("CHILD=1; SW_DECOM=31/03/2027"));
        fails("SW06STG2", "year 2026: starts after 31 March 2026", r -> r.year(2026).swEpisode("CHILD=1; SW_DECOM=01/04/2026"));

        fails("SW07STG2", "ended before the reporting period", r -> r.swEpisode("CHILD=1; SW_DEC=31/03/2025"));
        fails("SW07STG2", "ended after 31 March", r -> r.swEpisode("CHILD=1; SW_DEC=01/04/2027"));
        passes("SW07STG2", "ended on 1 April 2025 and 31 March 2027", r -> r
                .swEpisode("CHILD=1; SW_DEC=01/04/2025").swEpisode("CHILD=2; SW_DEC=31/03/2027"));

        fails("SW08STG2", "earlier episode not ended", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026").swEpisode("CHILD=1; SW_DECOM=01/06/2026"));
        passes("SW08STG2", "earlier episode ended", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/06/2026").swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=01/06/2026"));

        fails("SW09STG2", "ended the day it started", r -> r.swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=01/05/2026"));
        passes("SW09STG2", "lasted a day", r -> r.swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=02/05/2026"));

        fails("SW10STG2", "started 8 days before the previous ended", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=20/05/2026")
                .swEpisode("CHILD=1; SW_DECOM=12/05/2026; SW_REASON=LEFTRL"));
        passes("SW10STG2", "started 7 days before the previous ended", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=20/05/2026")
                .swEpisode("CHILD=1; SW_DECOM=13/05/2026; SW_REASON=LEFTRL"));
        passes("SW10STG2", "first contact is exempt", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=20/05/2026")
                .swEpisode("CHILD=1; SW_DECOM=02/05/2026; SW_REASON=FCONTA"));

        fails("SW11bSTG2", "ended before 31 March with nothing after", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=30/03/2027"));
        passes("SW11bSTG2", "followed by another", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=30/03/2027")
                .swEpisode("CHILD=1; SW_DECOM=30/03/2027"));
        passes("SW11bSTG2", "ended on 31 March", r -> r.swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=31/03/2027"));

        fails("SW12STG2", "looked after at 31 March, no social worker episodes", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; LS=C2"));
        fails("SW12STG2", "social worker only from June", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; LS=C2").swEpisode("CHILD=1; SW_DECOM=01/06/2026"));
        passes("SW12STG2", "social worker since before the year", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; LS=C2").swEpisode("CHILD=1; SW_DECOM=01/12/2025"));
        passes("SW12STG2", "new to care in May with a social worker from then", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2").swEpisode("CHILD=1; SW_DECOM=01/05/2026"));
        passes("SW12STG2", "left care before 31 March", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; DEC=01/02/2027; REC=E4A; LS=C2"));

        fails("SW13STG1", "invalid reason", r -> r.swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_REASON=XXXX"));
        fails("SW13STG1", "blank reason from April 2023", r -> r.swEpisode("CHILD=1; SW_DECOM=01/04/2023"));
        passes("SW13STG1", "valid reason, and blank before April 2023", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_REASON=OTHERS").swEpisode("CHILD=2; SW_DECOM=31/03/2023"));

        fails("SW17STG2", "latest episode ended", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=31/03/2027"));
        fails("SW17STG2", "latest episode closed even though an earlier one is open", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026").swEpisode("CHILD=1; SW_DECOM=01/06/2026; SW_DEC=01/07/2026"));
        passes("SW17STG2", "latest episode open", r -> r
                .swEpisode("CHILD=1; SW_DECOM=01/05/2026; SW_DEC=01/06/2026").swEpisode("CHILD=1; SW_DECOM=01/06/2026"));
    }
}
