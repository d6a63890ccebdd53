/**
 * The drift engine: what is due and overdue for each child, worked out from the record against the statutory
 * timescales in ../shared/docs/domain.md (values from the local policy store), and the worklists and dashboards that
 * show it. Reads other modules through their public query APIs and events; owns only rules and due items.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.hearth.oversight;
