/**
 * The chronology (issue 4): one freestanding chronology per child. Key events arrive automatically from the other
 * modules' published events (this module listens and nobody else writes its tables); other events are added by hand.
 * Entries are amended with a reason, never deleted; a case-history summary and signposting statements to earlier
 * chronologies sit at the top; court, print, CSV and young-person exports are access-logged. It has no public API:
 * it depends on others, nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chronology")
package org.hearth.chronology;
