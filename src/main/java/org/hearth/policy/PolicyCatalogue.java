package org.hearth.policy;

import java.util.List;
import java.util.Optional;

/**
 * Every setting with its default. Defaults come from ../shared/docs/domain.md; "local" marks a council's own
 * practice rather than law. Later work streams add their settings here, never in YAML.
 */
public final class PolicyCatalogue {

    /** The leaving care offer page (issue 6), linked from every pathway plan. */
    public static final String DOCUMENT_LEAVING_CARE_OFFER = "document.leaving-care-offer";
    /** The complaints process page (issue 6), linked from every pathway plan. */
    public static final String DOCUMENT_COMPLAINTS_PROCESS = "document.complaints-process";
    /** What to do when an unaccompanied asylum-seeking child goes missing (issue 7), on the child's missing page. */
    public static final String DOCUMENT_UASC_MISSING_PROTOCOL = "uasc.missing-protocol";

    public static final List<PolicyDefinition> ALL = List.of(
            new PolicyDefinition("timescale.care-plan.after-placement", "Care plan due after the first placement",
                    PolicyType.WORKING_DAYS, "10", "CPPCR reg 4(2)", 1, 60),
            new PolicyDefinition("timescale.visit.after-placement-starts", "First social worker visit after a "
                    + "placement starts", PolicyType.PERIOD, "P7D", "CPPCR reg 28(2)(a)", 1, 31),
            new PolicyDefinition("timescale.visit.first-year-interval", "Longest gap between visits in a "
                    + "placement's first year", PolicyType.PERIOD, "P6W", "CPPCR reg 28(2)(b)", 1, 92),
            new PolicyDefinition("timescale.visit.long-term-interval", "Longest gap between visits after the first "
                    + "year, placement intended to last to 18", PolicyType.PERIOD, "P3M", "CPPCR reg 28(2)(c)", 1,
                    183),
            new PolicyDefinition("timescale.visit.until-first-review-at-home", "Longest gap between visits until "
                    + "the first review, child placed with a parent or at home on an interim care order",
                    PolicyType.PERIOD, "P1W", "CPPCR reg 28(3) and 28(4)", 1, 31),
            new PolicyDefinition("timescale.visit.interim-order-at-home-interval", "Longest gap between visits after "
                    + "the first review, child at home on an interim care order", PolicyType.PERIOD, "P4W",
                    "CPPCR reg 28(4)", 1, 92),
            new PolicyDefinition("timescale.health-assessment.initial", "Initial health assessment after becoming "
                    + "looked after", PolicyType.WORKING_DAYS, "20", "CPPCR reg 7 (before the first review, "
                    + "commonly 20 working days)", 1, 60),
            new PolicyDefinition("timescale.pep.start", "Personal education plan started after becoming looked "
                    + "after", PolicyType.WORKING_DAYS, "10", "DfE guidance via virtual schools", 1, 60),
            new PolicyDefinition("timescale.pep.review", "Longest gap between personal education plan reviews",
                    PolicyType.PERIOD, "P4M", "DfE guidance: reviewed each school term (local: at most 4 months "
                    + "apart)", 1, 183),
            new PolicyDefinition("timescale.needs-assessment.after-16", "Needs assessment and pathway plan after "
                    + "the 16th birthday", PolicyType.PERIOD, "P3M", "CPPCR reg 42-43, CLR", 1, 183),
            new PolicyDefinition("oversight.due-soon-window", "Show an item as due soon this long before its date",
                    PolicyType.PERIOD, "P14D", "local", 1, 92),
            new PolicyDefinition("oversight.no-recent-activity", "Flag a child with nothing recorded for",
                    PolicyType.PERIOD, "P30D", "local", 7, 366),
            new PolicyDefinition("timescale.review.first", "First looked-after review after becoming looked after",
                    PolicyType.WORKING_DAYS, "20", "CPPCR reg 33", 1, 60),
            new PolicyDefinition("timescale.review.second", "Second review after the first", PolicyType.PERIOD, "P3M",
                    "CPPCR reg 33", 1, 183),
            new PolicyDefinition("timescale.review.subsequent", "Later reviews apart", PolicyType.PERIOD, "P6M",
                    "CPPCR reg 33", 1, 366),
            new PolicyDefinition("timescale.health-assessment.review-under-5", "Health assessment review, under 5",
                    PolicyType.PERIOD, "P6M", "CPPCR reg 7, statutory guidance", 1, 366),
            new PolicyDefinition("timescale.health-assessment.review-5-and-over", "Health assessment review, 5 and "
                    + "over", PolicyType.PERIOD, "P12M", "CPPCR reg 7, statutory guidance", 1, 366),
            new PolicyDefinition("timescale.dental-check.interval", "Dental check interval", PolicyType.PERIOD,
                    "P6M", "local", 1, 366),
            new PolicyDefinition("timescale.pathway-plan.review", "Pathway plan review interval", PolicyType.PERIOD,
                    "P6M", "CPPCR reg 42-43, CLR", 1, 183),
            new PolicyDefinition("timescale.personal-adviser.contact-interval", "Longest gap between personal "
                    + "adviser contacts", PolicyType.PERIOD, "P8W", "CLR reg 8(2) (2 months); local standard 8 weeks",
                    1, 62),
            new PolicyDefinition("timescale.supervision.interval", "Supervision at least every", PolicyType.PERIOD,
                    "P1M", "LGA Employer Standards 2020", 1, 92),
            new PolicyDefinition("timescale.chronology.summary-review", "Case-history summary flagged as stale when "
                    + "not reviewed for", PolicyType.PERIOD, "P3M", "local (issue 4: 3 months)", 7, 366),
            new PolicyDefinition("timescale.supervision.newly-qualified-weekly-for", "Newly qualified workers are "
                    + "supervised weekly for", PolicyType.PERIOD, "P6W", "LGA Employer Standards 2020", 7, 183),
            new PolicyDefinition("timescale.supervision.newly-qualified-fortnightly-until", "Newly qualified "
                    + "workers are then supervised fortnightly until, from starting practice", PolicyType.PERIOD,
                    "P6M", "LGA Employer Standards 2020", 14, 366),
            new PolicyDefinition("supervision.reflective-model", "Reflective supervision recording model: "
                    + "KOLB_4X4X4 (what happened, reflection, analysis, action plan) or SIGNS_OF_SAFETY (worries, "
                    + "working well, what needs to happen, scale 0-10)", PolicyType.TEXT, "KOLB_4X4X4", "local", 1,
                    40),
            new PolicyDefinition("supervision.reflective.minimum-words", "Words needed in every reflective section "
                    + "for a session to count as reflective discussion recorded", PolicyType.INTEGER, "20", "local",
                    1, 500),
            new PolicyDefinition("wording.chronology.signposting", "Signposting statement to earlier chronologies",
                    PolicyType.TEXT, "Chronologies of earlier periods of this child's life are held in the council's "
                            + "previous case recording system; ask the team manager for access.", "local", 1, 1000),
            new PolicyDefinition(DOCUMENT_LEAVING_CARE_OFFER, "The leaving care offer: what care leavers are "
                    + "entitled to, written for young people", PolicyType.DOCUMENT, resource("leaving-care-offer.md"),
                    "Children and Social Work Act 2017 s2 (each council publishes its local offer); Hearth's default "
                    + "names the entitlements in domain.md", 20, 20_000),
            new PolicyDefinition(DOCUMENT_COMPLAINTS_PROCESS, "How to complain: the process for children and young "
                    + "people, written for them", PolicyType.DOCUMENT, resource("complaints-process.md"),
                    "Children Act 1989 s26 and the Representations Procedure (England) Regulations 2006", 20,
                    20_000),
            new PolicyDefinition("action-plans.progress-expected-within", "An open action plan is flagged when no "
                    + "progress has been recorded for", PolicyType.PERIOD, "P4W", "local (issue 6: plans without "
                    + "progress in N weeks)", 7, 183),
            new PolicyDefinition("action-plans.sign-off-within", "An action plan should be signed off by a manager "
                    + "within", PolicyType.PERIOD, "P2W", "local", 1, 92),
            // care leavers' RAG rules (issue 6): no national scheme exists (domain.md), so every threshold and each
            // rule's wording is local; the defaults are the examples the service gave
            new PolicyDefinition("care-leavers.rag.neet-red-after", "RAG: not in education, employment or training "
                    + "for longer than this is red (shorter is amber)", PolicyType.PERIOD, "P3M",
                    "local (issue 6: NEET over 3 months = red)", 1, 366),
            new PolicyDefinition("care-leavers.rag.no-contact-amber-after", "RAG: no contact with a care leaver for "
                    + "longer than this is amber", PolicyType.PERIOD, "P8W",
                    "CLR reg 8(2) (PA contact at most 2 months apart); local standard 8 weeks", 7, 183),
            new PolicyDefinition("care-leavers.rag.red-accommodation-types", "RAG: 903 accommodation types that are "
                    + "red whatever their suitability (letters, comma separated: S no fixed abode, W bed and "
                    + "breakfast, X custody)", PolicyType.TEXT, "S,W,X", "local (issue 6)", 1, 40),
            new PolicyDefinition("care-leavers.rag.wording.not-in-touch", "RAG rule wording (red, both ratings): "
                    + "not in touch", PolicyType.TEXT, "Not in touch with the council", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.neet-long", "RAG rule wording (red, EET): not in "
                    + "education, employment or training for longer than the threshold", PolicyType.TEXT,
                    "Not in education, employment or training for more than 3 months", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.neet-recent", "RAG rule wording (amber, EET): not in "
                    + "education, employment or training, recently", PolicyType.TEXT,
                    "Not in education, employment or training for 3 months or less", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.activity-unknown", "RAG rule wording (amber, EET): main "
                    + "activity not known", PolicyType.TEXT, "Main activity not known", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.accommodation-red-type", "RAG rule wording (red, "
                    + "personal circumstances): accommodation of a red type", PolicyType.TEXT,
                    "No fixed abode, bed and breakfast or in custody", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.accommodation-unsuitable", "RAG rule wording (red, "
                    + "personal circumstances): accommodation not suitable", PolicyType.TEXT,
                    "Accommodation not suitable", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.accommodation-unknown", "RAG rule wording (amber, "
                    + "personal circumstances): accommodation not known", PolicyType.TEXT,
                    "Accommodation not known", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.serious-concern", "RAG rule wording (red, personal "
                    + "circumstances): serious concern recorded", PolicyType.TEXT,
                    "Serious concern about health, money, relationships or risk", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.some-concern", "RAG rule wording (amber, personal "
                    + "circumstances): some concern recorded", PolicyType.TEXT,
                    "Some concern about health, money, relationships or risk", "local", 1, 300),
            new PolicyDefinition("care-leavers.rag.wording.no-recent-contact", "RAG rule wording (amber, personal "
                    + "circumstances): no recent contact", PolicyType.TEXT,
                    "No contact for more than 8 weeks", "local", 1, 300),
            new PolicyDefinition("places.home-area.neighbours", "Neighbouring authorities counted as home, besides "
                    + "the council: young people living anywhere else are out of area (ONS codes, separated by "
                    + "commas)", PolicyType.TEXT, "E06000032,E06000055", "local: the peer review action plan's "
                    + "neighbours of Central Bedfordshire (Luton and Bedford)", 0, 500),
            new PolicyDefinition("places.contacts.stale-after", "Flag a contact in the contacts directory as stale "
                    + "when not verified for", PolicyType.PERIOD, "P12M", "local (issue 6: 12 months)", 7, 1096),
            // missing from care and UASC (issue 7)
            new PolicyDefinition("missing.return-interview-within", "Return home interview offered (and held or "
                    + "declined) within, from the child's return", PolicyType.HOURS, "72",
                    "DfE statutory guidance 2014 (children who run away or go missing from home or care)", 1, 336),
            new PolicyDefinition("missing.strategy-discussion.episodes", "Prompt a strategy discussion when a child "
                    + "has this many missing episodes within the period below", PolicyType.INTEGER, "3",
                    "local (issue 7: e.g. 3 in 30 days)", 2, 20),
            new PolicyDefinition("missing.strategy-discussion.within", "Period in which that many missing episodes "
                    + "prompt a strategy discussion", PolicyType.PERIOD, "P30D", "local (issue 7: e.g. 3 in 30 days)",
                    7, 366),
            new PolicyDefinition("missing.strategy-discussion.due-within", "Strategy discussion held within, once "
                    + "prompted", PolicyType.WORKING_DAYS, "5", "local", 1, 30),
            new PolicyDefinition("uasc.protocol.risk-assessment-within", "Trafficking protocol (UASC missing): "
                    + "immediate risk assessment within, from going missing", PolicyType.HOURS, "2", "local", 1,
                    72),
            new PolicyDefinition("uasc.protocol.police-within", "Trafficking protocol (UASC missing): police told "
                    + "of the trafficking concern within", PolicyType.HOURS, "1", "local", 1, 72),
            new PolicyDefinition("uasc.protocol.nrm-decision-within", "Trafficking protocol (UASC missing): "
                    + "National Referral Mechanism referral considered and decision recorded within",
                    PolicyType.HOURS, "48", "local", 1, 336),
            new PolicyDefinition("uasc.protocol.home-office-within", "Trafficking protocol (UASC missing): Home "
                    + "Office told within, where applicable", PolicyType.HOURS, "24", "local", 1, 336),
            new PolicyDefinition("uasc.protocol.guardian-within", "Trafficking protocol (UASC missing): Independent "
                    + "Child Trafficking Guardian told within, where applicable", PolicyType.HOURS, "24", "local", 1,
                    336),
            new PolicyDefinition("uasc.nts.transfer-within", "National Transfer Scheme: transfer within, from "
                    + "referral", PolicyType.WORKING_DAYS, "10", "NTS protocol", 1, 60),
            new PolicyDefinition("uasc.nts.transfer-from-hotel-within", "National Transfer Scheme: transfer from a "
                    + "Home Office hotel within, from referral", PolicyType.WORKING_DAYS, "5", "NTS protocol", 1, 60),
            new PolicyDefinition(DOCUMENT_UASC_MISSING_PROTOCOL, "What to do when an unaccompanied asylum-seeking "
                    + "child goes missing: the local trafficking protocol, shown on the child's missing page",
                    PolicyType.DOCUMENT, resource("uasc-missing-protocol.md"), "local (issue 7: the peer review "
                    + "found the missing policy for UASC unclear); Hearth's default names the steps and their times",
                    20, 20_000),
            // exploitation risk (issue 7): SERAF (Barnardo's) defaults from domain.md "Exploitation risk tools"; the
            // indicator sets are one indicator per line, so a council can word, add or remove indicators
            new PolicyDefinition("exploitation.indicators.vulnerabilities", "Exploitation risk screening: "
                    + "vulnerabilities (one a line, 1 point each)", PolicyType.DOCUMENT, String.join("\n",
                    "Emotional neglect", "Physical abuse", "Sexual abuse", "Family breakdown",
                    "Domestic violence at home", "Family substance misuse", "Family mental health",
                    "Low self-esteem", "Unsuitable accommodation", "Isolation from peers",
                    "No positive adult relationship"), "SERAF (Barnardo's), domain.md", 3, 5_000),
            new PolicyDefinition("exploitation.indicators.moderate", "Exploitation risk screening: moderate "
                    + "indicators, now or in the past 6 months (one a line, 1 point each)", PolicyType.DOCUMENT,
                    String.join("\n", "Staying out late", "Multiple callers", "Concerning phone use", "Despair",
                    "School exclusion or absence", "Withdrawn allegation of assault",
                    "Sexually transmitted infections", "Peers involved in exploitation", "Drug misuse",
                    "Alcohol misuse", "Concerning internet use", "Living independently and not engaging"),
                    "SERAF (Barnardo's), domain.md", 3, 5_000),
            new PolicyDefinition("exploitation.indicators.significant", "Exploitation risk screening: significant "
                    + "indicators (one a line; points by when last seen)", PolicyType.DOCUMENT, String.join("\n",
                    "Missing overnight", "Controlling older adult", "Getting into cars of unknown adults",
                    "Unexplained money or gifts", "Frequenting places of concern", "Online grooming",
                    "Links to hotels, taxis or takeaways"), "SERAF (Barnardo's), domain.md (vary by council)", 3,
                    5_000),
            new PolicyDefinition("exploitation.points.significant-within-6-months", "Exploitation risk screening: "
                    + "points for a significant indicator seen in the past 6 months", PolicyType.INTEGER, "5",
                    "SERAF (Barnardo's), domain.md", 0, 50),
            new PolicyDefinition("exploitation.points.significant-6-to-12-months", "Exploitation risk screening: "
                    + "points for a significant indicator last seen 6 to 12 months ago", PolicyType.INTEGER, "1",
                    "SERAF (Barnardo's), domain.md", 0, 50),
            new PolicyDefinition("exploitation.score.mild-from", "Exploitation risk screening: lowest score rated "
                    + "mild (below is not at risk)", PolicyType.INTEGER, "6", "SERAF: 0-5 not at risk, 6-10 mild",
                    1, 500),
            new PolicyDefinition("exploitation.score.moderate-from", "Exploitation risk screening: lowest score "
                    + "rated moderate", PolicyType.INTEGER, "11", "SERAF: 11-15 moderate", 1, 500),
            new PolicyDefinition("exploitation.score.significant-from", "Exploitation risk screening: lowest score "
                    + "rated significant", PolicyType.INTEGER, "16", "SERAF: 16+ significant", 1, 500),
            new PolicyDefinition("exploitation.rule.under-age.age", "Exploitation overriding rule: no child under "
                    + "this age is rated below moderate (0 switches the rule off)", PolicyType.INTEGER, "13",
                    "local (domain.md: no child under 13 may be rated low)", 0, 18),
            new PolicyDefinition("exploitation.rule.under-age.wording", "Exploitation overriding rule wording: "
                    + "young child ({age} stands for the age)", PolicyType.TEXT,
                    "No child under {age} is rated below moderate", "local", 1, 300),
            new PolicyDefinition("exploitation.rule.learning-disability", "Exploitation overriding rule: a child "
                    + "with a learning disability is not rated below moderate (ON or OFF)", PolicyType.TEXT, "ON",
                    "local (domain.md: no child with a learning disability may be rated low)", 2, 3),
            new PolicyDefinition("exploitation.rule.learning-disability.wording", "Exploitation overriding rule "
                    + "wording: learning disability", PolicyType.TEXT,
                    "A child with a learning disability is not rated below moderate", "local", 1, 300),
            new PolicyDefinition("exploitation.rule.disclosure", "Exploitation overriding rule: a disclosure of "
                    + "exploitation means significant (ON or OFF)", PolicyType.TEXT, "ON",
                    "local (domain.md: disclosure means high)", 2, 3),
            new PolicyDefinition("exploitation.rule.disclosure.wording", "Exploitation overriding rule wording: "
                    + "disclosure", PolicyType.TEXT, "A disclosure of exploitation is rated significant", "local", 1,
                    300),
            new PolicyDefinition("exploitation.reassess.interval", "Exploitation risk: reassess at least every",
                    PolicyType.PERIOD, "P3M", "SERAF: reassess at least every 3 months (domain.md)", 7, 366),
            new PolicyDefinition("exploitation.reassess.significant-interval", "Exploitation risk: reassess a "
                    + "child rated significant at least every", PolicyType.PERIOD, "P6W",
                    "local (issue 7: every 6 weeks when significant; domain.md: high risk reviewed within 12 "
                            + "weeks)", 7, 183),
            new PolicyDefinition("exploitation.countersignature-within", "Exploitation risk: a significant rating "
                    + "is countersigned by a manager within", PolicyType.WORKING_DAYS, "2", "local", 1, 30));

    /** Settings whose text must be one of a fixed list of values (checked when a new version is set). */
    public static final java.util.Map<String, List<String>> CHOICES = java.util.Map.of(
            "supervision.reflective-model", List.of("KOLB_4X4X4", "SIGNS_OF_SAFETY"),
            "exploitation.rule.learning-disability", List.of("ON", "OFF"),
            "exploitation.rule.disclosure", List.of("ON", "OFF"));

    private PolicyCatalogue() {
    }

    /** The values a setting allows, or an empty list when any text of the right length will do. */
    public static List<String> choices(String key) {
        return CHOICES.getOrDefault(key, List.of());
    }

    /** A default too long to read well in code, kept beside the catalogue in src/main/resources/policy. */
    private static String resource(String name) {
        try (var in = PolicyCatalogue.class.getResourceAsStream("/policy/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Hearth is missing its default /policy/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Optional<PolicyDefinition> find(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
