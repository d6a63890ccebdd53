package org.hearth.children;

import java.util.UUID;

/**
 * A foster carer household or a setting a child can be placed with. Two placements with the same carer are a move
 * with the same carers (903 RNE T/U); "same carer for two years" is computed from it.
 */
public record Carer(UUID id, CarerKind kind, String name, ApprovalType approvalType, String ofstedUrn,
        String providerName, String postcode) {

    public String label() {
        return name + (ofstedUrn != null ? " (" + ofstedUrn + ")" : "")
                + (approvalType != null ? " – " + approvalType.label() : "");
    }
}
