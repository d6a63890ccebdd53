/**
 * The SSDA903 return (issue 8): reading a council's 903 files (CSV by column set, and XML), validating a return
 * against the DfE rules for a collection year, importing a return into Hearth's records and exporting the return from
 * them.
 * <p>
 * It depends on the record-keeping modules' public APIs and nothing depends on it, like the chronology.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SSDA903 return")
package org.hearth.returns;
