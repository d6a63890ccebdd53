package org.hearth.careleavers.internal;

import java.time.LocalDate;

import org.hearth.careleavers.internal.Records.Current;
import org.hearth.children.CareHistory;
import org.hearth.policy.Policies;
import org.springframework.stereotype.Component;

/** Puts the category rules and the RAG rules together for one young person. */
@Component
public class Assessor {

    private final Policies policies;

    Assessor(Policies policies) {
        this.policies = policies;
    }

    public RagPolicy policy(LocalDate on) {
        return RagPolicy.on(policies, on);
    }

    public Picture picture(CareHistory history, Current current, LocalDate today, RagPolicy policy) {
        CategoryAssessment category = CategoryRules.assess(history, today);
        return picture(category, current, today, policy);
    }

    public static Picture picture(CategoryAssessment category, Current current, LocalDate today, RagPolicy policy) {
        RagInputs inputs = inputs(category.lookedAfterNow(), current);
        return new Picture(category, current, RagRules.eet(inputs, policy, today),
                RagRules.circumstances(inputs, policy, today));
    }

    static RagInputs inputs(boolean lookedAfterNow, Current c) {
        return new RagInputs(lookedAfterNow, c.inTouch() == null ? null : c.inTouch().code(),
                c.inTouch() == null ? null : c.inTouch().lastContactOn(),
                c.activity() == null ? null : c.activity().code(),
                c.activity() == null ? null : c.activity().startedOn(),
                c.accommodation() == null ? null : c.accommodation().code(),
                c.concerns() == null ? null : c.concerns().health(),
                c.concerns() == null ? null : c.concerns().money(),
                c.concerns() == null ? null : c.concerns().relationships(),
                c.concerns() == null ? null : c.concerns().risk());
    }
}
