package org.hearth.oversight.internal.rules;

import org.hearth.missing.MissingDue;
import org.hearth.oversight.DueKind;
import org.springframework.stereotype.Component;

/** Return home interviews not held or declined within 72 hours of return (DfE statutory guidance 2014) (issue 7). */
@Component
public class ReturnHomeInterviewRule extends MissingDueRule {

    public ReturnHomeInterviewRule() {
        super(MissingDue.Kind.RETURN_HOME_INTERVIEW, DueKind.RETURN_HOME_INTERVIEW);
    }
}
