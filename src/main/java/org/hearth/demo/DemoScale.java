package org.hearth.demo;

import java.util.Locale;

/**
 * How much data to make. STRESS keeps the DEMO mix of children in care to care leavers (4:3) and sizes its teams
 * so that caseloads stay near 15-20, since caseload pages are what a stress run should exercise.
 *
 * @param childrenInCare children looked after today
 * @param careLeavers young people aged 16-25 who left care at 16 or older
 * @param childrenInCareTeams children in care teams (half "North", half "South")
 * @param socialWorkersPerTeam social workers in each children in care team, besides its manager
 * @param leavingCareTeams leaving care teams
 * @param personalAdvisersPerTeam personal advisers in each leaving care team
 * @param fosterHouseholds foster carer households
 * @param settings children's homes, supported accommodation, residential schools and care homes
 */
public enum DemoScale {
    DEMO(400, 300, 2, 6, 1, 5, 150, 30),
    STRESS(17_143, 12_857, 120, 8, 80, 8, 3_000, 500);

    private final int childrenInCare;
    private final int careLeavers;
    private final int childrenInCareTeams;
    private final int socialWorkersPerTeam;
    private final int leavingCareTeams;
    private final int personalAdvisersPerTeam;
    private final int fosterHouseholds;
    private final int settings;

    DemoScale(int childrenInCare, int careLeavers, int childrenInCareTeams, int socialWorkersPerTeam,
            int leavingCareTeams, int personalAdvisersPerTeam, int fosterHouseholds, int settings) {
        this.childrenInCare = childrenInCare;
        this.careLeavers = careLeavers;
        this.childrenInCareTeams = childrenInCareTeams;
        this.socialWorkersPerTeam = socialWorkersPerTeam;
        this.leavingCareTeams = leavingCareTeams;
        this.personalAdvisersPerTeam = personalAdvisersPerTeam;
        this.fosterHouseholds = fosterHouseholds;
        this.settings = settings;
    }

    /** @param value the hearth.demo.scale setting, "demo" or "stress" in any case */
    public static DemoScale fromSetting(String value) {
        String wanted = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (DemoScale scale : values()) {
            if (scale.name().equals(wanted)) {
                return scale;
            }
        }
        throw new IllegalArgumentException("hearth.demo.scale must be 'demo' or 'stress', not '" + value + "'");
    }

    public int childrenInCare() {
        return childrenInCare;
    }

    public int careLeavers() {
        return careLeavers;
    }

    public int childrenInCareTeams() {
        return childrenInCareTeams;
    }

    public int socialWorkersPerTeam() {
        return socialWorkersPerTeam;
    }

    public int leavingCareTeams() {
        return leavingCareTeams;
    }

    public int personalAdvisersPerTeam() {
        return personalAdvisersPerTeam;
    }

    public int fosterHouseholds() {
        return fosterHouseholds;
    }

    public int settings() {
        return settings;
    }
}
