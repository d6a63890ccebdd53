package org.hearth.children;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a child's social worker changed, in the 903 SW_REASON codes (docs/903.md 2.11, rule SW13STG1). Hearth records
 * FCONTA for a new record's first allocation and OTHERS when the user gives no reason (a reallocation without a
 * chosen reason, or a change of worker on the child's details form).
 */
public enum SocialWorkerChangeReason {
    MANAGE("Managing caseloads"),
    FCONTA("First contact or re-referral"),
    LEFTRL("Previous social worker left the role"),
    ORGRST("Organisational restructure"),
    TSPROC("Transfer under the standard process"),
    ABSENC("Absence cover or return from absence"),
    CHCHAN("Child requested a change"),
    PCCHAN("Parent or carer requested a change"),
    SWDIED("Previous social worker died"),
    OTHERS("Other");

    private final String label;

    SocialWorkerChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason named by this code (case forgiven), empty when blank or unknown. */
    public static Optional<SocialWorkerChangeReason> of(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
