package org.hearth.places;

import java.util.List;
import java.util.Optional;

/** England's children's services (upper-tier) authorities, as last imported from the ONS lookup. */
public interface LocalAuthorities {

    /** Every English upper-tier authority, by name. */
    List<LocalAuthority> all();

    /** The English upper-tier authority with this code, if Hearth knows it. */
    Optional<LocalAuthority> find(String code);
}
