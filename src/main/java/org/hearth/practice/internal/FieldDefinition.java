package org.hearth.practice.internal;

import java.util.List;

import org.hearth.codes.CodeField;
import org.hearth.shared.Option;

/**
 * One field of a kind of activity: its name (in the API, the form and {@code ActivityView.details}), how it is asked
 * for, its type and limits. Rules between fields are the kind's own ({@link KindDefinition}).
 *
 * @param required always required (conditional requirements are cross-field rules)
 * @param choices the values of a {@link FieldType#CHOICE}
 * @param codeField the 903 list of a {@link FieldType#CODE}
 * @param min the smallest whole number, for {@link FieldType#WHOLE_NUMBER}
 * @param max the largest whole number, or the longest text
 */
public record FieldDefinition(String name, String label, FieldType type, boolean required, List<Option> choices,
        CodeField codeField, int min, int max, String hint) {

    static final int TEXT_MAX = 200;
    static final int LONG_TEXT_MAX = 10_000;

    static FieldDefinition choice(String name, String label, boolean required, String hint, Option... choices) {
        return new FieldDefinition(name, label, FieldType.CHOICE, required, List.of(choices), null, 0, 0, hint);
    }

    static FieldDefinition code(String name, String label, boolean required, CodeField field, String hint) {
        return new FieldDefinition(name, label, FieldType.CODE, required, List.of(), field, 0, 0, hint);
    }

    static FieldDefinition yesNo(String name, String label, boolean required, String hint) {
        return new FieldDefinition(name, label, FieldType.YES_NO, required,
                List.of(new Option("true", "Yes"), new Option("false", "No")), null, 0, 0, hint);
    }

    static FieldDefinition wholeNumber(String name, String label, int min, int max, String hint) {
        return new FieldDefinition(name, label, FieldType.WHOLE_NUMBER, false, List.of(), null, min, max, hint);
    }

    static FieldDefinition text(String name, String label, boolean required, String hint) {
        return new FieldDefinition(name, label, FieldType.TEXT, required, List.of(), null, 0, TEXT_MAX, hint);
    }

    static FieldDefinition longText(String name, String label, boolean required, String hint) {
        return new FieldDefinition(name, label, FieldType.LONG_TEXT, required, List.of(), null, 0, LONG_TEXT_MAX,
                hint);
    }

    /** The words for a stored value: a choice's label, "Yes"/"No", or the value itself. */
    public String describe(String value) {
        if (value == null) {
            return "";
        }
        return choices.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
