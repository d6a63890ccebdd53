package org.hearth.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Children and their episodes as an import (the 903 return) needs them: what Hearth holds for many children in a few
 * queries, and one write of everything an import creates or changes, as JDBC batches in the caller's transaction.
 * <p>
 * The caller has checked every row (dates, codes, overlaps) against what Hearth refuses before calling
 * {@link #write}; the database's own constraints (one open episode, no overlaps) still hold, and a breach rolls the
 * caller's whole transaction back. No access check here: the caller logs each child it writes.
 */
public interface ChildImports {

    /** Children whose local child id is one of these (case forgiven), by upper-cased local child id. */
    Map<String, Held> held(Collection<String> localChildIds);

    /** Creates and changes what the batch says; publishes one {@link ChildHistoriesLoaded} for the children touched. */
    void write(Batch batch);

    /**
     * What the child details form would refuse in a young woman's recorded first child's date of birth (after her own
     * birth, from her 11th birthday, not in the future: 903 rules 620 and 621), as the form words it; empty when it
     * would be recorded. An import asks before writing, so the rules are not restated.
     */
    List<String> problemsWithFirstChildBornOn(LocalDate firstChildBornOn, LocalDate dateOfBirth, LocalDate today);

    /** A child as Hearth holds it, with the episodes in start order. */
    record Held(ChildView child, List<EpisodeView> episodes) {
    }

    /**
     * @param created new children with their ids chosen by the caller
     * @param changed existing children's new details (only the 903 fields are written: sex, date of birth,
     *        ethnicity, UPN, UASC and the date it ceased)
     * @param newEpisodes episodes to add
     * @param changedEpisodes episodes to change, by id (the start date stays)
     * @param importId the import, for the chronology's marking; null for other bulk loads
     * @param motherStatuses children's new mother status (reconciled apart from the other details), written after
     *        the children are created and changed
     */
    record Batch(UUID importId, UUID by, List<NewChildWithId> created, List<NewChildWithId> changed,
            List<ImportedEpisode> newEpisodes, List<ImportedEpisode> changedEpisodes,
            List<MotherStatus> motherStatuses) {

        public Batch(UUID importId, UUID by, List<NewChildWithId> created, List<NewChildWithId> changed,
                List<ImportedEpisode> newEpisodes, List<ImportedEpisode> changedEpisodes) {
            this(importId, by, created, changed, newEpisodes, changedEpisodes, List.of());
        }
    }

    /** A young woman's mother status (903 Header MOTHER, MC_DOB): null and null when not recorded. */
    record MotherStatus(UUID childId, Boolean mother, LocalDate firstChildBornOn) {
    }

    record NewChildWithId(UUID id, NewChild details) {
    }

    /**
     * An episode in the 903's terms. Where the placement is not fostering and has a real Ofsted URN, the setting is
     * found in the carers register by URN, or registered (named by its URN, at PL_POST), and linked.
     */
    record ImportedEpisode(UUID id, UUID childId, LocalDate decom, String rne, String ls, String cin, String place,
            String placeProvider, String plPost, String urn, String homePost, LocalDate dec, String rec,
            String reasonPlaceChange) {
    }
}
