package org.hearth.places;

/**
 * An upper-tier local authority: in England, the council that runs children's services where a young person lives.
 *
 * @param code ONS code (E06, E08, E09 or E10 in England; W06 in Wales)
 * @param name its name as ONS gives it
 */
public record LocalAuthority(String code, String name) {
}
