package org.hearth.returns.internal.check;

import java.util.ArrayList;
import java.util.List;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReadProblem;
import org.hearth.returns.internal.data.ReadResult;
import org.hearth.returns.internal.data.ReturnData;
import org.hearth.returns.internal.data.ReturnTable;
import org.hearth.returns.internal.validation.PostcodeFacts;
import org.hearth.returns.internal.validation.ReturnUnderValidation;
import org.hearth.returns.internal.validation.ReturnValidator;
import org.hearth.returns.internal.validation.ValidationResult;

/**
 * Checks a return given as files, without importing it: the files are read (this year's and, when given, last year's),
 * the derived fields filled from the postcode facts, and the year's rules run. Shared by the command line and the
 * check-a-return endpoint and page, so they find the same things. Nothing is stored.
 */
public final class FilesCheck {

    private FilesCheck() {
    }

    /**
     * What checking found: the problems reading the files (then nothing was validated) or the validation result, with
     * the return's size for the summary.
     */
    public record Outcome(List<ReadProblem> problems, ValidationResult result, int children, int rows,
            double seconds) {

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    /**
     * @param previous last year's files as read, or null when not given
     * @param localAuthority the submitting authority's upper-tier code for PL_LOCATION, or null
     */
    public static Outcome check(CollectionYear year, ReadResult current, ReadResult previous, PostcodeFacts postcodes,
            String localAuthority) {
        long started = System.nanoTime();
        List<ReadProblem> problems = new ArrayList<>(current.problems());
        if (previous != null) {
            // last year's problems are reported under their own file names; say which year they belong to
            previous.problems().forEach(p -> problems.add(new ReadProblem(p.file(), p.row(), p.column(), p.value(),
                    "Last year's return: " + p.message())));
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.copyOf(problems), null, 0, 0, seconds(started));
        }
        ReturnData data = current.data();
        ReturnData last = previous == null ? null : previous.data();
        ValidationResult result = ReturnValidator.validate(ReturnUnderValidation.derived(year, data, last,
                postcodes == null ? PostcodeFacts.NONE : postcodes, localAuthority));
        return new Outcome(List.of(), result, data.byChild(ReturnTable.HEADER).size(), data.size(),
                seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
