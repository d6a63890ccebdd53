/**
 * What every page and endpoint shares: the layout, GOV.UK Frontend assets, error pages, the API's problem+json
 * handler, and request ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.hearth.web;
