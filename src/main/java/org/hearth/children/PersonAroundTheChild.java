package org.hearth.children;

import java.util.UUID;

/**
 * A family member or someone in the professional network around a child.
 *
 * @param kind FAMILY or PROFESSIONAL
 * @param agency for professionals, their agency or organisation
 */
public record PersonAroundTheChild(UUID id, UUID childId, String kind, String name, String relationship,
        boolean parentalResponsibility, String agency, String contactDetails, String note) {

    /** How an entry's source names them, e.g. "Sarah Jones (mother)" or "Dr Patel (GP, Luton Road Surgery)". */
    public String asSource() {
        return name + " (" + relationship + (agency == null || agency.isBlank() ? "" : ", " + agency) + ")";
    }
}
