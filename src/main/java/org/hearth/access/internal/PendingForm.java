package org.hearth.access.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form that arrived after the user's session had expired: what they typed is kept in the new session and offered
 * back after they sign in again, never silently discarded.
 *
 * @param typedBy who was signed in on this browser when it was typed (from the last-user cookie), or null
 * @param action the path the form was posted to
 * @param fields the submitted fields (without the CSRF token or any password)
 * @param submittedAt when it arrived
 */
public record PendingForm(java.util.UUID typedBy, String action, LinkedHashMap<String, List<String>> fields, Instant submittedAt)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = PendingForm.class.getName();

    /** Only the person who typed it gets it back: on a shared computer, the next person to sign in does not. */
    boolean belongsTo(java.util.UUID userId) {
        return typedBy != null && typedBy.equals(userId);
    }

    public Map<String, List<String>> visibleFields() {
        return fields;
    }
}
