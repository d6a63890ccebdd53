package org.hearth.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.supervision.DecisionStatus;
import org.hearth.supervision.DecisionView;

/** A decision as stored: the public view plus who changed its status and the version. */
public record StoredDecision(DecisionView view, String statusNote, UUID statusChangedBy, Instant statusChangedAt,
        int version, UUID recordedBy, Instant recordedAt) {

    public UUID id() {
        return view.id();
    }

    public boolean overdueOn(LocalDate today) {
        return view.overdueOn(today);
    }

    public boolean open() {
        return view.status() == DecisionStatus.OPEN;
    }
}
