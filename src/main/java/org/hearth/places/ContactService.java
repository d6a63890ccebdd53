package org.hearth.places;

/** The local services a young person living in an authority may need (issue 6). */
public enum ContactService {
    LEAVING_CARE("Leaving care service"),
    YOUTH_SUPPORT("Youth support, education, employment and training"),
    HOUSING_OPTIONS("Housing options"),
    VIRTUAL_SCHOOL("Virtual school"),
    HEALTH("Health"),
    EMERGENCY_DUTY("Emergency duty team (evenings, nights and weekends)");

    private final String title;

    ContactService(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
