package org.hearth.shared;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A part of the child overview page that another module provides (due items, for one), so that the children module,
 * which owns the page, need not depend on the modules that build on it. The overview calls each section after it has
 * checked and logged the user's access to the child.
 */
public interface ChildOverviewSection {

    /** The section for this child, or empty when there is nothing to show. */
    Optional<Section> sectionFor(UUID childId);

    /**
     * A Thymeleaf fragment and its model.
     *
     * @param template the template holding the fragment, e.g. {@code oversight/fragments}
     * @param fragment the fragment's name; it takes one parameter, {@code section}, this record
     * @param order where it goes among the sections, lowest first
     */
    record Section(String template, String fragment, Map<String, Object> model, int order) {
    }
}
