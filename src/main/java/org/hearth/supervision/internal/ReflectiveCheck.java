package org.hearth.supervision.internal;

import org.hearth.shared.FieldProblems;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.supervision.ReflectiveModel;

/**
 * Whether a session's reflective sections count as "reflective discussion recorded": every section of the model has
 * at least the minimum number of words (and, for Signs of Safety, the scale is given). The weakest section decides,
 * because a long account of what happened with no analysis is not reflective supervision (docs/adr/0007).
 */
final class ReflectiveCheck {

    static final int SECTION_MAX = 20_000;

    private ReflectiveCheck() {
    }

    /** The sections as stored (only the model's, trimmed, blanks left out) and the measure. */
    record Result(ReflectiveModel model, Map<String, String> sections, Integer scale, int fewestWords, int minimum,
            boolean reflective) {
    }

    static Result check(ReflectiveModel model, Map<String, String> typed, String scaleText, int minimum,
            FieldProblems problems) {
        Map<String, String> sections = new LinkedHashMap<>();
        int fewest = Integer.MAX_VALUE;
        for (ReflectiveModel.Section section : model.sections()) {
            String text = typed.get(section.name());
            text = text == null ? "" : text.strip();
            if (text.length() > SECTION_MAX) {
                problems.add(section.name(), section.label() + " must be " + SECTION_MAX + " characters or fewer");
            }
            if (!text.isEmpty()) {
                sections.put(section.name(), text);
            }
            fewest = Math.min(fewest, Words.count(text));
        }
        Integer scale = null;
        if (model.hasScale()) {
            String value = scaleText == null ? "" : scaleText.strip();
            if (!value.isEmpty()) {
                try {
                    scale = Integer.valueOf(value);
                    if (scale < 0 || scale > 10) {
                        problems.add("scale", "The scale must be a whole number from 0 to 10");
                        scale = null;
                    }
                } catch (NumberFormatException e) {
                    problems.add("scale", "The scale must be a whole number from 0 to 10");
                }
            }
            if (scale == null) {
                fewest = 0;
            }
        }
        return new Result(model, sections, scale, fewest, minimum, fewest >= minimum);
    }
}
