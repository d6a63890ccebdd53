package org.hearth.places;

import java.util.List;

/** A file was refused: nothing was written. Carries the row-level report (the first problems, and how many in all). */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long problemCount;

    public ImportRefusedException(String summary, List<ImportProblem> problems, long problemCount) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }
}
