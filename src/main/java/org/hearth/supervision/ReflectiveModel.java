package org.hearth.supervision;

import java.util.List;
import java.util.Optional;

/**
 * The reflective recording models a council may choose (local setting {@code supervision.reflective-model}), each
 * with its sections in order (../shared/docs/domain.md, "Reflective supervision").
 */
public enum ReflectiveModel {
    KOLB_4X4X4("Kolb cycle (4x4x4)", List.of(
            new Section("experience", "What happened",
                    "The facts of the child's situation and the worker's experience of the work since the last "
                            + "supervision"),
            new Section("reflection", "Reflection",
                    "How the worker, the child and the family felt about it; what it was like for the child"),
            new Section("analysis", "Analysis",
                    "What it means: hypotheses, research and theory, risks and strengths, what may be missing"),
            new Section("actionPlan", "Action plan",
                    "What will happen next and why; add each action with its owner and due date below"))),
    SIGNS_OF_SAFETY("Signs of Safety", List.of(
            new Section("worries", "What are we worried about?",
                    "Past harm, future danger and complicating factors, in plain words"),
            new Section("workingWell", "What is working well?",
                    "Existing strengths and safety: who keeps the child safe, and how"),
            new Section("nextSteps", "What needs to happen?",
                    "Next steps to build safety; add each action with its owner and due date below")));

    /** A reflective section: its field name, heading and hint. */
    public record Section(String name, String label, String hint) {
    }

    private final String label;
    private final List<Section> sections;

    ReflectiveModel(String label, List<Section> sections) {
        this.label = label;
        this.sections = sections;
    }

    public String label() {
        return label;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Signs of Safety asks for a judgement on a scale of 0 to 10 as well as its sections. */
    public boolean hasScale() {
        return this == SIGNS_OF_SAFETY;
    }

    public static Optional<ReflectiveModel> find(String name) {
        for (ReflectiveModel model : values()) {
            if (model.name().equals(name)) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }
}
