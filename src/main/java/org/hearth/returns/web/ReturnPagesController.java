package org.hearth.returns.web;

import java.time.Clock;
import java.time.LocalDate;

import org.hearth.access.Authorisation;
import org.hearth.access.CurrentUsers;
import org.hearth.returns.CollectionYear;
import org.hearth.returns.internal.export.HearthReturnValidation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year's 903 validation of Hearth's own records for performance officers and heads of service: findings grouped
 * by rule, then child, each linking to the child's record. "Validate again" after fixing records simply runs again.
 */
@Controller
class ReturnPagesController {

    /** Children listed per rule on the page; the API gives them all. */
    static final int CHILDREN_SHOWN = 100;

    private final HearthReturnValidation validation;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReturnPagesController(HearthReturnValidation validation, CurrentUsers currentUsers, Clock clock) {
        this.validation = validation;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/returns/903")
    @PreAuthorize(Authorisation.RETURN_PREPARERS)
    String validation(@RequestParam(required = false) String year, Model model) {
        CollectionYear chosen = year == null || year.isBlank() ? current() : CollectionYear.supported(year);
        HearthReturnValidation.Outcome outcome = validation.validate(currentUsers.require(), chosen);
        model.addAttribute("outcome", outcome);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(CollectionYear.FIRST_SUPPORTED,
                CollectionYear.LAST_SUPPORTED).mapToObj(CollectionYear::new).toList());
        model.addAttribute("shown", CHILDREN_SHOWN);
        return "returns/validation";
    }

    /** The collection year today falls in, within the years Hearth holds rules for. */
    private CollectionYear current() {
        LocalDate today = LocalDate.now(clock);
        int end = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        return new CollectionYear(Math.max(CollectionYear.FIRST_SUPPORTED, Math.min(CollectionYear.LAST_SUPPORTED,
                end)));
    }
}
