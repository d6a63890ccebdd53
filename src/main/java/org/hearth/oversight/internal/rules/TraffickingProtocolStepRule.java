package org.hearth.oversight.internal.rules;

import org.hearth.missing.MissingDue;
import org.hearth.oversight.DueKind;
import org.springframework.stereotype.Component;

/** Trafficking protocol steps still open for a missing unaccompanied asylum-seeking child (issue 7). */
@Component
public class TraffickingProtocolStepRule extends MissingDueRule {

    public TraffickingProtocolStepRule() {
        super(MissingDue.Kind.TRAFFICKING_PROTOCOL_STEP, DueKind.TRAFFICKING_PROTOCOL_STEP);
    }
}
