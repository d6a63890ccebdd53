/**
 * Synthetic demo and stress data: an organisation of teams, workers, foster households and settings, and children
 * in care and care leavers with SSDA903 episode histories. Everything is made up from small built-in lists and a
 * fixed seed, so the same seed always gives the same data; it is only ever loaded into the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.hearth.demo;
