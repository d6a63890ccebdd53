package org.hearth.returns.internal.validation.rules;

import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.RuleExamples;

/**
 * A failing and a passing example for each rule in {@link Rules300To499}, derived from the rule's message. The
 * collection year is 2026-27 (1 April 2026 to 31 March 2027) unless an example says otherwise.
 */
public class Rules300To499Test extends RuleExamples {

    @Override
    protected void examples() {
        headerUascAndAdoption();
        careLeavers();
        episodes();
        postcodesAndDistances();
        episodeSequences();
        headerAndReviews();
        careLeaversAndOtherTables();
        uascAcrossYears();
    }

    private void headerUascAndAdoption() {
        fails("301", "born after 31 March 2027", r -> r.header("CHILD=1; DOB=01/04/2027"));
        passes("301", "born on 31 March 2027", r -> r.header("CHILD=1; DOB=31/03/2027"));
        fails("301", "in 2025-26, born 1 April 2026", r -> r.year(2026).header("CHILD=1; DOB=01/04/2026"));
        passes("301", "in 2026-27, born 1 April 2026", r -> r.header("CHILD=1; DOB=01/04/2026"));

        fails("302", "first episode the day before birth", r -> r.header("CHILD=1; DOB=10/05/2026")
                .episode("CHILD=1; DECOM=09/05/2026; RNE=S"));
        passes("302", "first episode on the day of birth", r -> r.header("CHILD=1; DOB=10/05/2026")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=S"));
        passes("302", "no date of birth", r -> r.header("CHILD=1").episode("CHILD=1; DECOM=09/05/2026; RNE=S"));

        fails("303", "UASC ceased date but Header UASC 0 (XML)", r -> r.header("CHILD=1; UASC=0")
                .uasc("CHILD=1; DUC=01/06/2026"));
        passes("303", "UASC ceased date and in the UASC table", r -> r.header("CHILD=1")
                .uasc("CHILD=1; DUC=01/06/2026"));
        passes("303", "no ceased date", r -> r.header("CHILD=1; UASC=0").uasc("CHILD=1"));

        fails("304", "UASC ceased the day after the 18th birthday", r -> r.uasc("CHILD=1; DOB=01/06/2008; "
                + "DUC=02/06/2026"));
        passes("304", "UASC ceased on the 18th birthday", r -> r.uasc("CHILD=1; DOB=01/06/2008; DUC=01/06/2026"));
        passes("304", "UASC not ceased", r -> r.uasc("CHILD=1; DOB=01/06/2000"));

        fails("331", "matched after placed for adoption", r -> r.ad1("CHILD=1; DATE_MATCH=02/06/2026")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=01/12/2026; REC=E11; PLACE=A4"));
        passes("331", "matched on the day placed", r -> r.ad1("CHILD=1; DATE_MATCH=01/06/2026")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=01/12/2026; REC=E12; PLACE=A4"));
        passes("331", "episode not ended in adoption", r -> r.ad1("CHILD=1; DATE_MATCH=02/06/2026")
                .episode("CHILD=1; DECOM=01/06/2026; DEC=01/12/2026; REC=E8"));

        fails("333", "decision after match", r -> r.ad1("CHILD=1; DATE_INT=03/06/2026; DATE_MATCH=02/06/2026"));
        fails("333", "match without decision", r -> r.ad1("CHILD=1; DATE_MATCH=02/06/2026"));
        passes("333", "decision on the match date", r -> r.ad1("CHILD=1; DATE_INT=02/06/2026; "
                + "DATE_MATCH=02/06/2026"));

        fails("334", "decision before the latest period of care", r -> r.ad1("CHILD=1; DATE_INT=01/05/2026")
                .episode("CHILD=1; DECOM=01/01/2020; DEC=01/02/2020; RNE=S; REC=E8")
                .episode("CHILD=1; DECOM=02/05/2026; RNE=S"));
        passes("334", "decision on the day care started", r -> r.ad1("CHILD=1; DATE_INT=02/05/2026")
                .episode("CHILD=1; DECOM=02/05/2026; RNE=S"));

        fails("335", "not by foster carers but placed A5", r -> r.ad1("CHILD=1; FOSTER_CARE=0")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/12/2026; REC=E11; PLACE=A5"));
        fails("335", "by foster carers but placed A6", r -> r.ad1("CHILD=1; FOSTER_CARE=1")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/12/2026; REC=E12; PLACE=A6"));
        passes("335", "by foster carers and placed A3", r -> r.ad1("CHILD=1; FOSTER_CARE=1")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/12/2026; REC=E11; PLACE=A3"));

        fails("336", "A3 after a children's home", r -> r.episode("CHILD=1; DECOM=01/05/2026; PLACE=K2")
                .episode("CHILD=1; DECOM=01/06/2026; PLACE=A3"));
        passes("336", "A5 after foster care", r -> r.episode("CHILD=1; DECOM=01/05/2026; PLACE=U4")
                .episode("CHILD=1; DECOM=01/06/2026; PLACE=A5"));
        passes("336", "A3 as the first episode", r -> r.episode("CHILD=1; DECOM=01/06/2026; PLACE=A3"));

        fails("351", "26 at the start of the year", r -> r.header("CHILD=1; DOB=31/03/2001"));
        passes("351", "25 on 1 April", r -> r.header("CHILD=1; DOB=01/04/2001"));
        fails("351", "in 2025-26, 25th birthday 31 March 2025", r -> r.year(2026).header("CHILD=1; DOB=31/03/2000"));
    }

    private void careLeavers() {
        fails("344", "died, with an activity", r -> r.oc3("CHILD=1; IN_TOUCH=DIED; ACTIV=F1; ACCOM=0"));
        fails("344", "returned home, with accommodation", r -> r.oc3("CHILD=1; IN_TOUCH=RHOM; ACTIV=0; ACCOM=B1"));
        passes("344", "died, zeros", r -> r.oc3("CHILD=1; IN_TOUCH=DIED; ACTIV=0; ACCOM=0"));
        passes("344", "in touch with activity", r -> r.oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=B1"));

        fails("345", "in touch, activity 0", r -> r.oc3("CHILD=1; IN_TOUCH=YES; ACTIV=0; ACCOM=B1"));
        passes("345", "in touch, both given", r -> r.oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=B1"));
        passes("345", "not in touch, zeros", r -> r.oc3("CHILD=1; IN_TOUCH=NO; ACTIV=0; ACCOM=0"));

        fails("347", "17 at the start of the year, in a foyer", r -> r.oc3("CHILD=1; DOB=02/04/2008; IN_TOUCH=YES; "
                + "ACTIV=F1; ACCOM=T1"));
        passes("347", "18 on 1 April, in a foyer", r -> r.oc3("CHILD=1; DOB=01/04/2008; IN_TOUCH=YES; ACTIV=F1; "
                + "ACCOM=T2"));
        passes("347", "17, not in a foyer", r -> r.oc3("CHILD=1; DOB=02/04/2008; IN_TOUCH=YES; ACTIV=F1; "
                + "ACCOM=U1"));

        fails("348", "died last year, in touch this year", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .last(org.hearth.returns.internal.data.ReturnTable.OC3, "CHILD=1; IN_TOUCH=DIED"));
        passes("348", "died both years", r -> r.oc3("CHILD=1; IN_TOUCH=DIED")
                .last(org.hearth.returns.internal.data.ReturnTable.OC3, "CHILD=1; IN_TOUCH=DIED"));
        passes("348", "no return for last year", r -> r.oc3("CHILD=1; IN_TOUCH=YES"));

        fails("391", "16 all year", r -> r.oc3("CHILD=1; DOB=01/04/2010; IN_TOUCH=YES"));
        fails("391", "22 all year", r -> r.oc3("CHILD=1; DOB=01/04/2004; IN_TOUCH=YES"));
        passes("391", "17 on 31 March", r -> r.oc3("CHILD=1; DOB=31/03/2010; IN_TOUCH=YES"));
        passes("391", "21 until 1 April", r -> r.oc3("CHILD=1; DOB=02/04/2004; IN_TOUCH=YES"));
        passes("391", "nothing given", r -> r.oc3("CHILD=1; DOB=01/04/2010"));
        passes("391", "in 2025-26, 17 on 31 March 2026", r -> r.year(2026).oc3("CHILD=1; DOB=31/03/2009; "
                + "IN_TOUCH=YES"));
        fails("391", "in 2025-26, 17 on 1 April 2026", r -> r.year(2026).oc3("CHILD=1; DOB=01/04/2009; "
                + "IN_TOUCH=YES"));
    }

    private void episodes() {
        fails("352", "started care on the 18th birthday", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));
        passes("352", "started care the day before", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=30/04/2026; RNE=S"));
        passes("352", "new placement at 18", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=P"));
        passes("352", "no Header row", r -> r.episode("CHILD=1; DECOM=01/05/2026; RNE=S"));

        fails("353", "started 13 October 1991", r -> r.episode("CHILD=1; DECOM=13/10/1991"));
        passes("353", "started 14 October 1991", r -> r.episode("CHILD=1; DECOM=14/10/1991"));

        fails("354", "started after the year end", r -> r.episode("CHILD=1; DECOM=01/04/2027"));
        passes("354", "started on 31 March", r -> r.episode("CHILD=1; DECOM=31/03/2027"));
        fails("354", "in 2025-26, started 1 April 2026", r -> r.year(2026).episode("CHILD=1; DECOM=01/04/2026"));

        fails("355", "ceased the day it started", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=01/05/2026"));
        passes("355", "ceased the next day", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=02/05/2026"));

        fails("356", "ceased before it started", r -> r.episode("CHILD=1; DECOM=02/05/2026; DEC=01/05/2026"));
        passes("356", "open", r -> r.episode("CHILD=1; DECOM=02/05/2026"));

        fails("357", "first episode this year is a placement change", r -> r.episode("CHILD=1; DECOM=01/04/2026; "
                + "RNE=P"));
        passes("357", "first episode this year is S", r -> r.episode("CHILD=1; DECOM=01/04/2026; RNE=S")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=P"));
        passes("357", "first episode before the year", r -> r.episode("CHILD=1; DECOM=31/03/2026; RNE=P"));
        fails("357", "in 2025-26, first episode 31 March 2026 is a placement change", r -> r.year(2026)
                .episode("CHILD=1; DECOM=31/03/2026; RNE=P"));

        fails("358", "remanded on the 10th birthday", r -> r.header("CHILD=1; DOB=01/05/2016")
                .episode("CHILD=1; DECOM=01/05/2026; LS=J1"));
        passes("358", "remanded the day after", r -> r.header("CHILD=1; DOB=01/05/2016")
                .episode("CHILD=1; DECOM=02/05/2026; LS=J1"));
        passes("358", "another legal status at 9", r -> r.header("CHILD=1; DOB=01/05/2017")
                .episode("CHILD=1; DECOM=02/05/2026; LS=C2"));

        fails("359", "over 18, open, C2 in foster care", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PLACE=U4"));
        passes("359", "over 18, open, V2 in a children's home", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=01/05/2026; LS=V2; PLACE=K2"));
        passes("359", "18 on 31 March", r -> r.header("CHILD=1; DOB=31/03/2009")
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PLACE=U4"));
        passes("359", "over 18, episode ended", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E8; LS=C2; PLACE=U4"));

        fails("361", "police protection for 4 days over two episodes", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=03/05/2026; LS=L1; REC=X1")
                .episode("CHILD=1; DECOM=03/05/2026; DEC=05/05/2026; LS=L1; REC=E8"));
        passes("361", "police protection for 3 days", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=04/05/2026; LS=L1; REC=X1")
                .episode("CHILD=1; DECOM=04/05/2026; LS=C1"));
        fails("361", "police protection open at 31 March", r -> r.episode("CHILD=1; DECOM=20/03/2027; LS=L1"));

        fails("362", "EPO for 22 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=23/05/2026; LS=L2"));
        passes("362", "EPO for 21 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=22/05/2026; LS=L2"));

        fails("363", "CAO for 8 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=09/05/2026; LS=L3"));
        passes("363", "CAO for 7 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=08/05/2026; LS=L3"));
        passes("363", "two CAOs apart", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=06/05/2026; LS=L3")
                .episode("CHILD=1; DECOM=10/05/2026; DEC=15/05/2026; LS=L3"));

        fails("364", "PACE for 22 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=23/05/2026; LS=J2"));
        passes("364", "PACE for 2 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=03/05/2026; LS=J2"));

        fails("365", "short break 18 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=19/05/2026; LS=V3"));
        passes("365", "short break 17 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=18/05/2026; LS=V3"));
        fails("365", "short break open for weeks at 31 March", r -> r.episode("CHILD=1; DECOM=01/03/2027; LS=V3"));

        fails("366", "short break from a placement change", r -> r.episode("CHILD=1; DECOM=01/05/2026; LS=V3; "
                + "RNE=P"));
        passes("366", "short break starting care", r -> r.episode("CHILD=1; DECOM=01/05/2026; LS=V3; RNE=S"));

        fails("367", "76 days of short breaks", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; LS=V3")
                .episode("CHILD=1; DECOM=01/07/2026; DEC=06/08/2026; LS=V3"));
        passes("367", "75 days of short breaks", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/06/2026; LS=V3")
                .episode("CHILD=1; DECOM=01/07/2026; DEC=05/08/2026; LS=V3"));
        passes("367", "days before the year do not count", r -> r
                .episode("CHILD=1; DECOM=01/01/2026; DEC=10/05/2026; LS=V3"));

        fails("371", "supported accommodation the day before 16", r -> r.header("CHILD=1; DOB=01/05/2010")
                .episode("CHILD=1; DECOM=30/04/2026; PLACE=K3"));
        passes("371", "supported accommodation on the 16th birthday", r -> r.header("CHILD=1; DOB=01/05/2010")
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=K3"));
        fails("372", "young offender institution at 9", r -> r.header("CHILD=1; DOB=01/05/2016")
                .episode("CHILD=1; DECOM=30/04/2026; PLACE=R5"));
        passes("372", "young offender institution at 10", r -> r.header("CHILD=1; DOB=01/05/2016")
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=R5"));
        fails("373", "residential school at 3", r -> r.header("CHILD=1; DOB=01/05/2022")
                .episode("CHILD=1; DECOM=30/04/2026; PLACE=S1"));
        passes("373", "residential school at 4", r -> r.header("CHILD=1; DOB=01/05/2022")
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=S1"));
        fails("374", "residential employment at 13", r -> r.header("CHILD=1; DOB=01/05/2012")
                .episode("CHILD=1; DECOM=30/04/2026; PLACE=P3"));
        passes("374", "residential employment at 14", r -> r.header("CHILD=1; DOB=01/05/2012")
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=P3"));

        fails("375", "hospital 43 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=13/06/2026; PLACE=T1"));
        passes("375", "hospital 42 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=12/06/2026; PLACE=T1"));
        fails("376", "carers' holiday 22 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=23/05/2026; "
                + "PLACE=T3"));
        passes("376", "carers' holiday 21 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=22/05/2026; "
                + "PLACE=T3"));

        fails("377", "three carers' holidays in a year", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=T3").episode("CHILD=1; DECOM=01/06/2026; PLACE=U4")
                .episode("CHILD=1; DECOM=01/08/2026; PLACE=T3").episode("CHILD=1; DECOM=10/08/2026; PLACE=U4")
                .episode("CHILD=1; DECOM=30/04/2027; PLACE=T3"));
        passes("377", "three carers' holidays over more than a year", r -> r
                .episode("CHILD=1; DECOM=01/05/2025; PLACE=T3").episode("CHILD=1; DECOM=01/08/2025; PLACE=U4")
                .episode("CHILD=1; DECOM=01/08/2026; PLACE=T3").episode("CHILD=1; DECOM=01/09/2026; PLACE=U4")
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=T3"));

        fails("378", "placed with parents under section 20", r -> r.episode("CHILD=1; PLACE=P1; LS=V2"));
        passes("378", "placed with parents on a care order", r -> r.episode("CHILD=1; PLACE=P1; LS=C2"));

        fails("379", "unspecified temporary 8 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=09/05/2026; "
                + "PLACE=T4"));
        passes("379", "unspecified temporary 7 days", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=08/05/2026; "
                + "PLACE=T4"));

        fails("380", "care starts in a temporary placement", r -> r.episode("CHILD=1; RNE=S; PLACE=T0"));
        passes("380", "temporary placement after a placement change", r -> r.episode("CHILD=1; RNE=P; PLACE=T1"));

        fails("381", "care ends in a temporary placement", r -> r.episode("CHILD=1; PLACE=T2; DEC=01/05/2026; "
                + "REC=E4A"));
        passes("381", "temporary placement ends with a new episode", r -> r.episode("CHILD=1; PLACE=T2; "
                + "DEC=01/05/2026; REC=X1"));

        fails("382", "short break in a temporary placement", r -> r.episode("CHILD=1; LS=V4; PLACE=T3"));
        passes("382", "short break in foster care", r -> r.episode("CHILD=1; LS=V4; PLACE=U6"));

        fails("383", "back to another placement", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; PLACE=T1; RNE=P")
                .episode("CHILD=1; DECOM=12/05/2026; PLACE=U6; PL_POST=TW1 1AA; RNE=P"));
        passes("383", "back to the same placement", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; PLACE=T1; RNE=P")
                .episode("CHILD=1; DECOM=12/05/2026; PLACE=U4; PL_POST=TW1 1AA; RNE=P"));

        fails("384", "short break in long-term foster care", r -> r.episode("CHILD=1; LS=V3; PLACE=U1"));
        passes("384", "short break in short-term foster care", r -> r.episode("CHILD=1; LS=V3; PLACE=U3"));

        fails("385", "ceased after the year end", r -> r.episode("CHILD=1; DEC=01/04/2027"));
        passes("385", "ceased on 31 March", r -> r.episode("CHILD=1; DEC=31/03/2027"));
        fails("385", "in 2025-26, ceased 1 April 2026", r -> r.year(2026).episode("CHILD=1; DEC=01/04/2026"));

        fails("386", "adopted on the 18th birthday", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DEC=01/05/2026; REC=E11"));
        passes("386", "adopted the day before", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DEC=30/04/2026; REC=E12"));

        fails("387", "independent living at 13", r -> r.header("CHILD=1; DOB=01/05/2012")
                .episode("CHILD=1; DEC=30/04/2026; REC=E5"));
        passes("387", "independent living at 14", r -> r.header("CHILD=1; DOB=01/05/2012")
                .episode("CHILD=1; DEC=01/05/2026; REC=E6"));

        fails("388", "X1 with a gap before the next episode", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=11/05/2026"));
        fails("388", "last episode ceased X1", r -> r.episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1"));
        fails("388", "ceased E8 on the day the next began", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E8")
                .episode("CHILD=1; DECOM=10/05/2026"));
        passes("388", "X1 and the next starts that day", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=10/05/2026"));

        fails("389", "adult social care at 15", r -> r.header("CHILD=1; DOB=01/05/2010")
                .episode("CHILD=1; DEC=30/04/2026; REC=E7"));
        passes("389", "adult social care at 16", r -> r.header("CHILD=1; DOB=01/05/2010")
                .episode("CHILD=1; DEC=01/05/2026; REC=E7"));

        fails("390", "adopted from foster care", r -> r.episode("CHILD=1; PLACE=U4; REC=E11"));
        passes("390", "adopted from an adoption placement", r -> r.episode("CHILD=1; PLACE=A6; REC=E11"));
    }

    private void postcodesAndDistances() {
        fails("392a", "no distance, another episode has one", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PL_POST=TW1 1AA; PL_LA=E09000027")
                .episode("CHILD=2; DECOM=01/05/2026; LS=C2; PL_DISTANCE=4.2"));
        passes("392a", "no distance, short breaks", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=V3")
                .episode("CHILD=2; DECOM=01/05/2026; LS=C2; PL_DISTANCE=4.2"));
        passes("392a", "no distance, UASC last year", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2")
                .episode("CHILD=2; DECOM=01/05/2026; LS=C2; PL_DISTANCE=4.2")
                .last(ReturnTable.UASC, "CHILD=1; DUC=01/03/2026"));
        passes("392a", "no postcode directory: no distances at all", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2"));

        fails("392b", "no placement postcode", r -> r.episode("CHILD=1; LS=C2; HOME_POST=TW1 1AA"));
        passes("392b", "both postcodes", r -> r.episode("CHILD=1; LS=C2; HOME_POST=TW1 1AA; PL_POST=TW2 2BB"));
        passes("392b", "UASC, no postcodes", r -> r.episode("CHILD=1; LS=C2").uasc("CHILD=1"));

        fails("392c", "not a postcode", r -> r.episode("CHILD=1; HOME_POST=INVALID; PL_POST=TW1 1AA"));
        fails("392c", "placement postcode not in the directory", r -> r
                .episode("CHILD=1; HOME_POST=TW1 1AA; PL_POST=ZZ9 9ZZ")
                .episode("CHILD=2; HOME_POST=TW1 1AA; PL_POST=TW2 2BB; PL_LA=E09000027; PL_DISTANCE=1.0"));
        passes("392c", "postcodes of the right form, no directory", r -> r
                .episode("CHILD=1; HOME_POST=TW1 1AA; PL_POST=SW1A1AA"));
        passes("392c", "postcodes found in the directory", r -> r
                .episode("CHILD=2; HOME_POST=TW1 1AA; PL_POST=TW2 2BB; PL_LA=E09000027; PL_DISTANCE=1.0"));

        fails("392d", "same postcodes in foster care", r -> r.episode("CHILD=1; PLACE=U4; HOME_POST=TW1 1AA; "
                + "PL_POST=TW11AA"));
        passes("392d", "same postcodes placed with parents", r -> r.episode("CHILD=1; PLACE=P1; HOME_POST=TW1 1AA; "
                + "PL_POST=TW1 1AA"));
        passes("392d", "different postcodes", r -> r.episode("CHILD=1; PLACE=U4; HOME_POST=TW1 1AA; "
                + "PL_POST=TW2 2BB"));

        fails("398", "postcode for a short break", r -> r.episode("CHILD=1; LS=V4; PL_POST=TW1 1AA"));
        passes("398", "no postcodes for a short break", r -> r.episode("CHILD=1; LS=V4"));
        passes("398", "postcodes on a care order", r -> r.episode("CHILD=1; LS=C2; PL_POST=TW1 1AA"));

        fails("406", "distance for a UASC child", r -> r.episode("CHILD=1; PL_DISTANCE=10.0").uasc("CHILD=1"));
        fails("406", "distance for a child UASC last year", r -> r.episode("CHILD=1; PL_DISTANCE=10.0")
                .lastHeader("CHILD=1; UASC=1"));
        passes("406", "no distance for a UASC child", r -> r.episode("CHILD=1").uasc("CHILD=1"));
        passes("406", "distance, not UASC", r -> r.episode("CHILD=1; PL_DISTANCE=10.0"));

        fails("411", "IN but placed in another authority", r -> r.episode("CHILD=1; PL_LOCATION=IN; "
                + "PL_LA=E09000001"));
        passes("411", "IN and placed in this authority", r -> r.episode("CHILD=1; PL_LOCATION=IN; PL_LA=E09000027"));

        fails("420", "placement authority for a short break", r -> r.episode("CHILD=1; LS=V3; PL_LA=E09000027"));
        passes("420", "no placement authority for a short break", r -> r.episode("CHILD=1; LS=V3"));

        fails("452", "placement authority changed over the year end", r -> r
                .episode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_LA=E09000001")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_LA=E09000027"));
        passes("452", "same placement authority", r -> r
                .episode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_LA=E09000027")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_LA=E09000027"));
        passes("452", "last year's episode had ended", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S; PL_LA=E09000001")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; DEC=01/03/2026; RNE=S; PL_LA=E09000027"));

        fails("453", "distance changed by 0.2 miles", r -> r
                .episode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_DISTANCE=10.2")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_DISTANCE=10.0"));
        passes("453", "distance changed by 0.1 miles", r -> r
                .episode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_DISTANCE=10.1")
                .lastEpisode("CHILD=1; DECOM=01/02/2026; RNE=S; PL_DISTANCE=10.0"));

        fails("454", "351 miles", r -> r.episode("CHILD=1; PL_DISTANCE=351"));
        passes("454", "350 miles", r -> r.episode("CHILD=1; PL_DISTANCE=350"));
        passes("454", "999.9, not worked out", r -> r.episode("CHILD=1; PL_DISTANCE=999.9"));
    }

    private void episodeSequences() {
        fails("407", "special guardianship the day after the 18th birthday", r -> r
                .header("CHILD=1; DOB=01/05/2008").episode("CHILD=1; DEC=02/05/2026; REC=E45"));
        passes("407", "special guardianship on the 18th birthday", r -> r
                .header("CHILD=1; DOB=01/05/2008").episode("CHILD=1; DEC=01/05/2026; REC=E48"));

        fails("408", "A5 without a placement order", r -> r.episode("CHILD=1; PLACE=A5; LS=C2"));
        passes("408", "A6 with a placement order", r -> r.episode("CHILD=1; PLACE=A6; LS=E1"));

        fails("426", "V3 and V4 in the year", r -> r.episode("CHILD=1; DECOM=01/05/2026; LS=V3")
                .episode("CHILD=1; DECOM=01/06/2026; LS=V4"));
        passes("426", "only V3", r -> r.episode("CHILD=1; DECOM=01/05/2026; LS=V3")
                .episode("CHILD=1; DECOM=01/06/2026; LS=V3"));

        fails("431", "care starts the day the last episode ended", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E8")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=S"));
        passes("431", "care starts the day after", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E8")
                .episode("CHILD=1; DECOM=11/05/2026; RNE=S"));

        fails("432", "care ended, next episode a placement change", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E4A")
                .episode("CHILD=1; DECOM=20/05/2026; RNE=P"));
        passes("432", "care ended, next episode starts care", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E4A")
                .episode("CHILD=1; DECOM=20/05/2026; RNE=S"));
        passes("432", "X1, next a placement change", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=P"));

        fails("433", "continuation a day after", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=11/05/2026; RNE=L"));
        passes("433", "continuation the same day", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=L"));

        fails("434", "legal status change, placement changed too", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C1; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=L; LS=C2; PLACE=U6; PL_POST=TW1 1AA"));
        fails("434", "legal status change, same legal status", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C1; PLACE=U4")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=L; LS=C1; PLACE=U4"));
        passes("434", "legal status changed only", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C1; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=L; LS=C2; PLACE=U4; PL_POST=TW1 1AA"));

        fails("435", "placement change, nothing changed", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=P; LS=C2; PLACE=U4; PL_POST=TW1 1AA"));
        fails("435", "placement change, legal status changed", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C1; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=T; LS=C2; PLACE=U4; PL_POST=TW2 2BB"));
        passes("435", "placement changed only", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PLACE=U4; PL_POST=TW1 1AA")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=P; LS=C2; PLACE=U6; PL_POST=TW2 2BB"));

        fails("436", "both changed, legal status the same", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C2; PLACE=U4")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=B; LS=C2; PLACE=K2"));
        passes("436", "both changed", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; LS=C1; PLACE=U4")
                .episode("CHILD=1; DECOM=10/05/2026; RNE=U; LS=C2; PLACE=K2"));

        fails("437", "died, then another episode", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=E2")
                .episode("CHILD=1; DECOM=20/05/2026; RNE=S"));
        passes("437", "died in the last episode", r -> r
                .episode("CHILD=1; DECOM=01/05/2026; DEC=10/05/2026; REC=X1")
                .episode("CHILD=1; DECOM=10/05/2026; DEC=20/05/2026; REC=E2"));

        fails("446", "placement order starting 30 November 2005", r -> r.episode("CHILD=1; LS=E1; DECOM=30/11/2005"));
        passes("446", "placement order starting 1 December 2005", r -> r.episode("CHILD=1; LS=E1; "
                + "DECOM=01/12/2005"));

        fails("460", "stayed with carers at 17", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DEC=30/04/2026; REC=E17"));
        passes("460", "stayed with carers at 18", r -> r.header("CHILD=1; DOB=01/05/2008")
                .episode("CHILD=1; DEC=01/05/2026; REC=E17"));
    }

    private void headerAndReviews() {
        fails("393", "girl looked after, no mother status", r -> r.header("CHILD=1; SEX=F")
                .episode("CHILD=1; LS=C2"));
        passes("393", "girl on short breaks only", r -> r.header("CHILD=1; SEX=F").episode("CHILD=1; LS=V4"));
        passes("393", "girl with mother status 0", r -> r.header("CHILD=1; SEX=F; MOTHER=0")
                .episode("CHILD=1; LS=C2"));
        passes("393", "boy", r -> r.header("CHILD=1; SEX=M").episode("CHILD=1; LS=C2"));

        fails("399", "short breaks only, with a review", r -> r.header("CHILD=1")
                .episode("CHILD=1; LS=V3").review("CHILD=1; REVIEW=01/06/2026; REVIEW_CODE=PN1"));
        fails("399", "short breaks only, with mother status", r -> r.header("CHILD=1; MOTHER=0")
                .episode("CHILD=1; LS=V4"));
        passes("399", "a care order as well", r -> r.header("CHILD=1; MOTHER=0").episode("CHILD=1; DECOM=01/05/2026; "
                + "LS=V3").episode("CHILD=1; DECOM=01/06/2026; LS=C2"));

        fails("440", "PN0 on the 4th birthday", r -> r.review("CHILD=1; DOB=01/06/2022; REVIEW=01/06/2026; "
                + "REVIEW_CODE=PN0"));
        passes("440", "PN0 the day before", r -> r.review("CHILD=1; DOB=01/06/2022; REVIEW=31/05/2026; "
                + "REVIEW_CODE=PN0"));

        fails("441", "PN1 the day before the 4th birthday", r -> r.review("CHILD=1; DOB=01/06/2022; "
                + "REVIEW=31/05/2026; REVIEW_CODE=PN1"));
        passes("441", "PN1 on the 4th birthday", r -> r.review("CHILD=1; DOB=01/06/2022; REVIEW=01/06/2026; "
                + "REVIEW_CODE=PN1"));

        fails("442", "looked after, no UPN", r -> r.header("CHILD=1").episode("CHILD=1; LS=C2"));
        passes("442", "looked after, UPN UN4", r -> r.header("CHILD=1; UPN=UN4").episode("CHILD=1; LS=C2"));
        passes("442", "short breaks only, no UPN", r -> r.header("CHILD=1").episode("CHILD=1; LS=V3"));

        fails("444", "the same UPN for two children", r -> r.header("CHILD=1; UPN=A123456789012")
                .header("CHILD=2; UPN=A123456789012"));
        passes("444", "UN1 for two children", r -> r.header("CHILD=1; UPN=UN1").header("CHILD=2; UPN=UN1"));
        passes("444", "different UPNs", r -> r.header("CHILD=1; UPN=A123456789012")
                .header("CHILD=2; UPN=A123456789013"));
    }

    private void careLeaversAndOtherTables() {
        fails("3001", "17 in the year, with former foster carers", r -> r.header("CHILD=1; DOB=01/10/2009")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F2; ACCOM=Z1"));
        passes("3001", "18 in the year, with former foster carers", r -> r.header("CHILD=1; DOB=01/10/2008")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F2; ACCOM=Z1"));
        passes("3001", "17 on 1 April 2026 in 2026-27", r -> r.header("CHILD=1; DOB=01/04/2009")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F2; ACCOM=U1"));
        fails("3001", "in 2025-26, 17 on 1 April 2025", r -> r.year(2026).header("CHILD=1; DOB=01/04/2008")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F2; ACCOM=Z2"));

        fails("1000", "died in care this year", r -> r.episode("CHILD=1; DEC=01/06/2026; REC=E2")
                .oc3("CHILD=1; IN_TOUCH=DIED; ACTIV=0; ACCOM=0"));
        fails("1000", "died in care last year", r -> r.lastEpisode("CHILD=1; DEC=01/06/2025; REC=E2")
                .oc3("CHILD=1; IN_TOUCH=DIED"));
        passes("1000", "left care, in touch", r -> r.episode("CHILD=1; DEC=01/06/2026; REC=E8")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=U1"));
        passes("1000", "died in care, no care leaver information", r -> r.episode("CHILD=1; DEC=01/06/2026; REC=E2")
                .oc3("CHILD=1"));

        fails("1001", "only a month in care after 14", r -> r.header("CHILD=1; DOB=01/05/2009")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; RNE=S; LS=C2; REC=E8")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=U1").withLastYear());
        passes("1001", "a year in care after 16", r -> r.header("CHILD=1; DOB=01/05/2009")
                .episode("CHILD=1; DECOM=01/05/2025; DEC=01/06/2026; RNE=S; LS=C2; REC=E8")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=U1").withLastYear());
        passes("1001", "last year's episodes count", r -> r.header("CHILD=1; DOB=01/05/2009")
                .lastEpisode("CHILD=1; DECOM=01/05/2025; DEC=01/03/2026; RNE=S; LS=C2; REC=E8")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=U1"));
        fails("1001", "adopted", r -> r.header("CHILD=1; DOB=01/05/2009")
                .episode("CHILD=1; DECOM=01/05/2025; DEC=01/06/2026; RNE=S; LS=E1; PLACE=A4; REC=E11")
                .oc3("CHILD=1; IN_TOUCH=YES; ACTIV=F1; ACCOM=U1").withLastYear());

        fails("1002", "no episodes either year", r -> r.oc3("CHILD=1; IN_TOUCH=YES").withLastYear());
        passes("1002", "episodes last year", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .lastEpisode("CHILD=1; DECOM=01/05/2025"));

        fails("1003", "decision before care started", r -> r.placedAdoption("CHILD=1; DATE_PLACED=30/04/2026")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));
        passes("1003", "decision on the day care started", r -> r.placedAdoption("CHILD=1; DATE_PLACED=01/05/2026")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));

        fails("1004", "start not a date", r -> r.missing("CHILD=1; MIS_START=31/06/2026"));
        fails("1004", "start blank", r -> r.missing("CHILD=1; MISSING=M"));
        passes("1004", "start a date", r -> r.missing("CHILD=1; MIS_START=30/06/2026"));

        fails("1005", "end not a date", r -> r.missing("CHILD=1; MIS_START=01/06/2026; MIS_END=2026-06-02"));
        passes("1005", "end blank", r -> r.missing("CHILD=1; MIS_START=01/06/2026"));
        passes("1005", "end a date", r -> r.missing("CHILD=1; MIS_START=01/06/2026; MIS_END=02/06/2026"));

        fails("1006", "missing type AWAY", r -> r.missing("CHILD=1; MISSING=AWAY"));
        passes("1006", "missing type A", r -> r.missing("CHILD=1; MISSING=a"));

        fails("1007", "17, looked after on the birthday", r -> r.oc3("CHILD=1; DOB=01/06/2009; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));
        passes("1007", "17, left care before the birthday", r -> r.oc3("CHILD=1; DOB=01/06/2009; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/01/2026; DEC=01/05/2026; REC=E8"));
        passes("1007", "20, looked after", r -> r.oc3("CHILD=1; DOB=01/06/2006; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));
        passes("1007", "17, looked after, no care leaver information", r -> r.oc3("CHILD=1; DOB=01/06/2009")
                .episode("CHILD=1; DECOM=01/05/2026; RNE=S"));

        fails("1009", "reason for placement change not a code", r -> r.episode("CHILD=1; REASON_PLACE_CHANGE=MOVE"));
        passes("1009", "a code", r -> r.episode("CHILD=1; REASON_PLACE_CHANGE=CARPL"));
        passes("1009", "blank", r -> r.episode("CHILD=1"));

        fails("1010", "open last year, nothing this year", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .lastEpisode("CHILD=1; DECOM=01/05/2025"));
        passes("1010", "closed last year", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .lastEpisode("CHILD=1; DECOM=01/05/2025; DEC=01/06/2025; REC=E8"));

        fails("1011", "transferred to another authority", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E3"));
        passes("1011", "left care otherwise", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/05/2026; DEC=01/06/2026; REC=E8"));

        fails("1012", "care leaver without episodes has a review", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .review("CHILD=1; REVIEW=01/06/2026").episode("CHILD=2; DECOM=01/05/2026"));
        passes("1012", "care leaver with episodes has a review", r -> r.oc3("CHILD=1; IN_TOUCH=YES")
                .review("CHILD=1; REVIEW=01/06/2026").episode("CHILD=1; DECOM=01/05/2026"));
        passes("1012", "a child without episodes, not a care leaver", r -> r.review("CHILD=1; REVIEW=01/06/2026")
                .episode("CHILD=2; DECOM=01/05/2026"));

        fails("1014", "UASC care leaver", r -> r.uasc("CHILD=1").oc3("CHILD=1; IN_TOUCH=YES"));
        passes("1014", "UASC, looked after this year", r -> r.uasc("CHILD=1").oc3("CHILD=1; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/01/2026; DEC=01/05/2026; REC=E8"));

        fails("1015", "own provision outside the authority", r -> r.episode("CHILD=1; LS=C2; PLACE=K2; "
                + "PLACE_PROVIDER=PR1; PL_LA=E09000001"));
        passes("1015", "own provision inside the authority", r -> r.episode("CHILD=1; LS=C2; PLACE=K2; "
                + "PLACE_PROVIDER=PR1; PL_LA=E09000027"));
        passes("1015", "own foster care outside", r -> r.episode("CHILD=1; LS=C2; PLACE=U4; PLACE_PROVIDER=PR1; "
                + "PL_LA=E09000001"));
        passes("1015", "placement postcode not found (no PL_LA)", r -> r.episode("CHILD=1; LS=C2; PLACE=K2; "
                + "PLACE_PROVIDER=PR1"));

        fails("1016", "17, left care after the birthday", r -> r.oc3("CHILD=1; DOB=01/06/2009; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/01/2026; DEC=02/06/2026; REC=E8"));
        passes("1016", "17, left care before the birthday", r -> r.oc3("CHILD=1; DOB=01/06/2009; IN_TOUCH=YES")
                .episode("CHILD=1; DECOM=01/01/2026; DEC=31/05/2026; REC=E8"));
    }

    private void uascAcrossYears() {
        fails("205A", "UASC last year, not now, this year's row has a ceased date", r -> r
                .header("CHILD=1; UASC=0").uasc("CHILD=1; DUC=01/05/2026")
                .lastHeader("CHILD=1; UASC=1").last(ReturnTable.UASC, "CHILD=1; DUC=01/05/2025"));
        passes("205A", "UASC last year, ceased in last year", r -> r
                .header("CHILD=1; UASC=0").uasc("CHILD=1")
                .lastHeader("CHILD=1; UASC=1").last(ReturnTable.UASC, "CHILD=1; DUC=01/05/2025"));

        fails("205B", "UASC both years, last year's date not the 18th birthday", r -> r
                .header("CHILD=1").uasc("CHILD=1; DOB=01/05/2009; DUC=01/05/2027")
                .lastHeader("CHILD=1").last(ReturnTable.UASC, "CHILD=1; DOB=01/05/2009; DUC=01/06/2027"));
        passes("205B", "UASC both years, the 18th birthday both years", r -> r
                .header("CHILD=1").uasc("CHILD=1; DOB=01/05/2009; DUC=01/05/2027")
                .lastHeader("CHILD=1").last(ReturnTable.UASC, "CHILD=1; DOB=01/05/2009; DUC=01/05/2027"));

        fails("205C", "never UASC but a ceased date (XML)", r -> r
                .header("CHILD=1; UASC=0").uasc("CHILD=1; DUC=01/05/2026")
                .lastHeader("CHILD=1; UASC=0"));
        passes("205C", "UASC this year", r -> r.header("CHILD=1").uasc("CHILD=1; DUC=01/05/2026")
                .lastHeader("CHILD=1; UASC=0"));

        fails("205D", "UASC now, not last year", r -> r.header("CHILD=1").uasc("CHILD=1")
                .lastHeader("CHILD=1"));
        passes("205D", "UASC both years", r -> r.header("CHILD=1").uasc("CHILD=1")
                .lastHeader("CHILD=1").last(ReturnTable.UASC, "CHILD=1"));
        passes("205D", "not in last year's return", r -> r.header("CHILD=1").uasc("CHILD=1")
                .lastHeader("CHILD=2"));
    }
}
