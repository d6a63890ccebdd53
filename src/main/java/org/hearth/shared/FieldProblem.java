package org.hearth.shared;

/** One thing wrong with the input, naming the field (as the API and the form call it). */
public record FieldProblem(String field, String message) {
}
