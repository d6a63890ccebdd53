package org.hearth.places.internal;

import org.hearth.access.CurrentUser;
import org.hearth.places.ImportRefusedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Logs a refused import in a transaction of its own: the import's own transaction has rolled back. */
@Component
public class PlacesImportLog {

    private final PlacesRepository repository;

    PlacesImportLog(PlacesRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String kind, String source, ImportRefusedException refused, CurrentUser user) {
        repository.recordImport(kind, "REFUSED", source, 0, refused.getMessage() + (refused.problemCount() > refused
                .problems().size() ? " (the first " + refused.problems().size() + " are listed)" : ""),
                refused.problems(), user == null ? null : user.id(), user == null ? "Hearth (demo data)"
                        : user.displayName());
    }
}
