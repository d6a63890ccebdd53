package org.hearth.returns.internal.data;

import java.util.List;

/** What reading a return's files gave: the data, and every problem found (none when it can be used). */
public record ReadResult(ReturnData data, List<ReadProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
