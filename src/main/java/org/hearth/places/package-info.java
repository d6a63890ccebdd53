/**
 * Where young people live: local authorities, the ONS postcode directory, the home area (the council and its
 * neighbours), and the contacts directory of every English children's services authority (issue 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.hearth.places;
