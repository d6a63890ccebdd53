package org.hearth.permanence;

import java.util.UUID;

/**
 * The child's permanence option before they started to be looked after (903 PrevPerm, docs/903.md 2.9).
 *
 * @param option PREV_PERM: P1 adoption, P2 special guardianship order, P3 residence / child arrangements order,
 *        P4 unknown, Z1 none
 * @param localAuthority LA_PERM: old three-digit DfE number, or WAL, SCO, NUK, NIR; null when not known
 * @param orderDate DATE_PERM as the return writes it: dd/mm/yyyy, or partial (zz/mm/yyyy, zz/zz/yyyy, zz/zz/zzzz);
 *        null when not known
 */
public record PreviousPermanence(UUID childId, String option, String localAuthority, String orderDate, int version) {
}
