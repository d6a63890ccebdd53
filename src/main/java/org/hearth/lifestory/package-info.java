/**
 * Life story work (issue 7): a child's life story book, later-life letter, memory box and direct work sessions, who is
 * doing them, when, and what the child contributed; with photos and documents kept safely (checked from their bytes,
 * photos re-encoded without their metadata, stored in the database, served only through the child's access rule and
 * access-logged on every view).
 * <p>
 * Public face: the vocabulary ({@link org.hearth.lifestory.LifeStoryKind}, {@link org.hearth.lifestory.LifeStoryStatus}),
 * the event {@link org.hearth.lifestory.LifeStoryWorkStatusChanged} (the chronology turns sharing and completing into
 * entries), and {@link org.hearth.lifestory.LifeStoryWork} for the demo data's bulk load. The child's life story
 * timeline is made from the chronology and lives in the chronology module: this module never reads the chronology.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Life story work")
package org.hearth.lifestory;
