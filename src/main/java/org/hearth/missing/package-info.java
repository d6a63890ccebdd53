/**
 * Missing from care and UASC (issue 7): missing and away-without-authorisation episodes with the 903 distinction, the
 * return home interview after each (offered within 72 hours of return: DfE statutory guidance 2014), the pattern of
 * episodes and the strategy discussion it prompts, and for an unaccompanied asylum-seeking child the local trafficking
 * protocol's steps with their due times, the age assessment and National Transfer Scheme transfers.
 * <p>
 * Public face: {@link org.hearth.missing.MissingRecords} (what is due, for the drift engine; the 903 Missing table;
 * the demo data's bulk load), the vocabulary, and the events implementing {@link org.hearth.missing.Events}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing from care and UASC")
package org.hearth.missing;
