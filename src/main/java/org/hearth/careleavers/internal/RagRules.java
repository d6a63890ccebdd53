package org.hearth.careleavers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hearth.careleavers.ConcernLevel;
import org.hearth.careleavers.RagDomain;
import org.hearth.careleavers.Rating;

/**
 * The default rule set behind the suggested ratings. Every rule that fires is listed with its local wording; the
 * suggestion is the worst rating among them, green when none fires. Thresholds and wording come from the policy store
 * ({@link RagPolicy}); which rating each rule gives is fixed here, as issue 6 sets it out.
 */
public final class RagRules {

    /** 903 ACTIV codes for not in education, employment or training (domain.md, care leaver codes). */
    static final Set<String> NEET = Set.of("G4", "G5", "G6");
    /** 903 IN_TOUCH codes for a young person the council has lost touch with. */
    static final Set<String> NOT_IN_TOUCH = Set.of("NO", "REFU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private RagRules() {
    }

    public static RagSuggestion eet(RagInputs in, RagPolicy policy, LocalDate today) {
        List<RagSuggestion.FiredRule> fired = new ArrayList<>();
        if (!in.lookedAfterNow() && in.inTouchCode() != null && NOT_IN_TOUCH.contains(in.inTouchCode())) {
            fire(fired, "not-in-touch", Rating.RED, policy, "in touch: " + in.inTouchCode());
        }
        String activity = in.activityCode();
        if (activity == null || activity.equals("0")) {
            fire(fired, "activity-unknown", Rating.AMBER, policy, activity == null ? "none recorded" : "coded 0");
        } else if (NEET.contains(activity)) {
            boolean longTerm = in.activitySince() != null
                    && in.activitySince().plus(policy.neetRedAfter()).isBefore(today);
            String facts = activity + " since " + (in.activitySince() == null ? "?" : in.activitySince().format(DATE));
            fire(fired, longTerm ? "neet-long" : "neet-recent", longTerm ? Rating.RED : Rating.AMBER, policy, facts);
        }
        return suggestion(RagDomain.EET, fired);
    }

    public static RagSuggestion circumstances(RagInputs in, RagPolicy policy, LocalDate today) {
        List<RagSuggestion.FiredRule> fired = new ArrayList<>();
        if (!in.lookedAfterNow()) {
            if (in.inTouchCode() != null && NOT_IN_TOUCH.contains(in.inTouchCode())) {
                fire(fired, "not-in-touch", Rating.RED, policy, "in touch: " + in.inTouchCode());
            } else if (in.lastContactOn() != null
                    && in.lastContactOn().plus(policy.noContactAmberAfter()).isBefore(today)) {
                fire(fired, "no-recent-contact", Rating.AMBER, policy, "last contact "
                        + in.lastContactOn().format(DATE));
            }
            String accommodation = in.accommodationCode();
            if (accommodation == null || accommodation.equals("0") || accommodation.startsWith("R")) {
                fire(fired, "accommodation-unknown", Rating.AMBER, policy,
                        accommodation == null ? "none recorded" : accommodation);
            } else {
                if (policy.redAccommodationTypes().contains(accommodation.charAt(0))) {
                    fire(fired, "accommodation-red-type", Rating.RED, policy, accommodation);
                }
                if (accommodation.endsWith("2")) {
                    fire(fired, "accommodation-unsuitable", Rating.RED, policy, accommodation);
                }
            }
        }
        List<String> serious = concerns(in, ConcernLevel.SERIOUS);
        List<String> some = concerns(in, ConcernLevel.SOME);
        if (!serious.isEmpty()) {
            fire(fired, "serious-concern", Rating.RED, policy, String.join(", ", serious));
        }
        if (!some.isEmpty()) {
            fire(fired, "some-concern", Rating.AMBER, policy, String.join(", ", some));
        }
        return suggestion(RagDomain.PERSONAL_CIRCUMSTANCES, fired);
    }

    private static List<String> concerns(RagInputs in, ConcernLevel level) {
        List<String> areas = new ArrayList<>();
        if (in.health() == level) {
            areas.add("health");
        }
        if (in.money() == level) {
            areas.add("money");
        }
        if (in.relationships() == level) {
            areas.add("relationships");
        }
        if (in.risk() == level) {
            areas.add("risk");
        }
        return areas;
    }

    private static void fire(List<RagSuggestion.FiredRule> fired, String rule, Rating rating, RagPolicy policy,
            String facts) {
        fired.add(new RagSuggestion.FiredRule(rule, rating, policy.wording(rule), facts));
    }

    private static RagSuggestion suggestion(RagDomain domain, List<RagSuggestion.FiredRule> fired) {
        Rating rating = Rating.GREEN;
        for (RagSuggestion.FiredRule rule : fired) {
            rating = rating.worse(rule.rating());
        }
        return new RagSuggestion(domain, rating, List.copyOf(fired));
    }
}
