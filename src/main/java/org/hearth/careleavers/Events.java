package org.hearth.careleavers;

/** Marker for the care leavers module's events, all of which name the young person. */
public interface Events {
    java.util.UUID childId();
}
