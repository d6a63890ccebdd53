package org.hearth.returns.internal.validation.rules;

import static org.hearth.returns.internal.data.ReturnTable.HEADER;

import java.util.List;

import org.hearth.returns.internal.validation.ReturnCodes;
import org.hearth.returns.internal.validation.ReturnRule;

/** The DfE rules 101 to 299 (codes starting 1 or 2, three digits, with 197a/197B). */
public final class Rules100To299 {

    private Rules100To299() {
    }

    /** 101: sex must be M, F or U (from 2024-25; docs/903.md 2.1). A blank is not valid either. */
    static final ReturnRule SEX_IS_VALID = ReturnRule.eachRow("101", HEADER,
            (row, data) -> !row.isOneOf("SEX", ReturnCodes.SEX));

    /** 102: date of birth must be a real dd/mm/yyyy date. */
    static final ReturnRule DATE_OF_BIRTH_IS_A_DATE = ReturnRule.eachRow("102", HEADER,
            (row, data) -> row.date("DOB") == null);

    public static List<ReturnRule> all() {
        return List.of(SEX_IS_VALID, DATE_OF_BIRTH_IS_A_DATE);
    }
}
