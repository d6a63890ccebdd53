/** The home council Hearth runs for: configuration, not code. */
@org.springframework.modulith.ApplicationModule(displayName = "Council")
package org.hearth.council;
