/**
 * Who may do what: users, teams and roles, sign-in, the record-level rule that decides which children a user sees,
 * restricted records, and the append-only access log. Other modules ask {@link org.hearth.access.ChildAccess}
 * before showing or changing a child's record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.hearth.access;
