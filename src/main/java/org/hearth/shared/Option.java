package org.hearth.shared;

/** A choice in a select or radios: the submitted value and the words shown. */
public record Option(String value, String label) {
}
