package org.hearth.demo;

import java.time.LocalDate;
import java.util.Random;

/** Choices the generators share: a value by weight, and the earlier or later of two dates. */
final class DemoChoices {

    private DemoChoices() {
    }

    /** One of the values, by weight: pick(random, "A", 70, "B", 30). */
    static String pick(Random random, Object... valuesAndWeights) {
        int total = 0;
        for (int i = 1; i < valuesAndWeights.length; i += 2) {
            total += (Integer) valuesAndWeights[i];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            roll -= (Integer) valuesAndWeights[i + 1];
            if (roll < 0) {
                return (String) valuesAndWeights[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
