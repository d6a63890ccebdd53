/**
 * The child's record: details, carers and settings, and periods of care as SSDA903 episodes recorded through
 * commands (start care, change placement, change legal status, both, end care). Publishes an event for each so that
 * other modules (the chronology first) can follow without reaching into these tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children")
package org.hearth.children;
