package org.hearth.places;

import java.util.List;

/** The contacts directory, read by other modules. */
public interface AuthorityContacts {

    /** The authority's contacts in service order, each flagged stale or not by today's setting. */
    List<AuthorityContact> of(String authorityCode);
}
