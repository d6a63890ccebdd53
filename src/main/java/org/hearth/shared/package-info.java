/**
 * The small vocabulary every module shares and that depends on no module: refused input naming its field,
 * missing records, stale edits and entity tags, GOV.UK date inputs and error lists. Kept apart from {@code web} so
 * that modules {@code web} depends on (such as access) can use it without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hearth.shared;
