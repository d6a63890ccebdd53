package org.hearth.children;

import java.util.List;
import java.util.UUID;

/** The register of foster carer households and settings. */
public interface Carers {

    /** Adds a carer or setting, checking it; problems name the field. */
    UUID register(Carer carer);

    List<Carer> all();
}
