package org.hearth;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk through their public API and events only: no cycles, no reaching into another's internals. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(HearthApplication.class).verify();
    }
}
