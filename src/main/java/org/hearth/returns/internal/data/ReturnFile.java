package org.hearth.returns.internal.data;

/** A file of a return as uploaded or found in a folder or zip: its name (for reports) and bytes. */
public record ReturnFile(String name, byte[] content) {
}
