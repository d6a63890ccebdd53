/**
 * SSDA903 code lists by collection year (../shared/docs/903.md section 2), kept in the database rather than in code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Code lists")
package org.hearth.codes;
