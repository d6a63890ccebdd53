package org.hearth.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A setting as it stands on a date.
 *
 * @param definition what it is and its default
 * @param value the value in force
 * @param effectiveFrom since when, or null while the default applies
 * @param versions every change, newest first, including those that take effect later
 */
public record PolicySetting(PolicyDefinition definition, String value, LocalDate effectiveFrom,
        List<PolicyVersion> versions) {

    public boolean isDefault() {
        return effectiveFrom == null;
    }
}
