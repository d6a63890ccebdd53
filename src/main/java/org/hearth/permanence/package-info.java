/**
 * Permanence records the 903 return needs and earlier issues did not keep (issue 8; docs/903.md 2.7-2.9 and 2.12):
 * the child's previous permanence option, the decision that the child should be placed for adoption (and its
 * reversal), the adoption match and the adopters, and Deprivation of Liberty Orders.
 * <p>
 * Public face: the records ({@link org.hearth.permanence.ChildPermanence} and its parts), events for the key moments
 * (the chronology turns them into entries), and {@link org.hearth.permanence.PermanenceRecords}: each child's records
 * for a set of children (the export) and a bulk write (the import). Every read and write for a user goes through the
 * children module's ChildGate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Permanence")
package org.hearth.permanence;
