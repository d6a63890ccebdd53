/**
 * What every page and endpoint shares: the layout, GOV.UK Frontend assets, error pages and problem+json, request
 * ids, and the few exceptions modules use to report bad input, missing records and stale edits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.hearth.web;
