package org.hearth.returns.internal.synthetic;

import java.util.List;

import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.data.ReturnData;

/** A generated return for a year, last year's return for the same children, and the mistakes put in on purpose. */
public record SyntheticReturn(CollectionYear year, ReturnData current, ReturnData previous,
        List<DeliberateError> errors) {
}
