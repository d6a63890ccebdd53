package org.hearth.careleavers.internal;

import java.util.UUID;

import org.hearth.careleavers.Rating;

/**
 * Filters of the cohort page and API; null means any.
 *
 * @param rating either rating is this
 * @param ageBand one of {@link AgeBand}
 */
public record CohortFilter(Rating rating, Rating eetRating, Rating circumstancesRating, AgeBand ageBand,
        UUID teamId, UUID adviserId, Boolean outOfArea) {

    public static final CohortFilter NONE = new CohortFilter(null, null, null, null, null, null, null);

    /** The page's age bands, and the KPI bands (DfE: 17-18, 19-21; local: 22-25). */
    public enum AgeBand {
        AGED_16_17("16 to 17", 16, 17), AGED_18_20("18 to 20", 18, 20), AGED_21_25("21 to 25", 21, 24),
        AGED_17_18("17 to 18", 17, 18), AGED_19_21("19 to 21", 19, 21), AGED_22_25("22 to 25", 22, 24);

        private final String label;
        private final int from;
        private final int to;

        AgeBand(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        public String label() {
            return label;
        }

        public int from() {
            return from;
        }

        /** The oldest age in the band (care leavers are supported until their 25th birthday). */
        public int to() {
            return to;
        }

        public static AgeBand parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            for (AgeBand band : values()) {
                if (band.name().equalsIgnoreCase(v) || (band.from + "-" + (band.to == 24 ? 25 : band.to)).equals(v)) {
                    return band;
                }
            }
            throw org.hearth.shared.InvalidInputException.of("age", "Age band must be one of 16-17, 18-20, 21-25, "
                    + "17-18, 19-21 or 22-25");
        }

        public String value() {
            return from + "-" + (to == 24 ? 25 : to);
        }
    }
}
