package org.hearth.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.hearth.practice.ActivityKind;
import org.junit.jupiter.api.Test;

/** The request mappings' list of kinds is the enum's, no more and no fewer. */
class ActivityPathsTest {

    @Test
    void theMappedKindsAreExactlyTheActivityKinds() {
        assertThat(ActivityPaths.KINDS.split("\\|")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ActivityKind.values()).map(ActivityKind::pathSegment).toList());
    }
}
