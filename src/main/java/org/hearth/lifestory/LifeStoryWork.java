package org.hearth.lifestory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.lifestory.internal.AttachmentChecker;
import org.hearth.lifestory.internal.LifeStoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life story work for other modules: the demo data's bulk load. Photos go through the same checks and re-encoding as
 * an upload. Bulk loads publish no events (the chronology gets no entries from demo data, as with the plans).
 */
@Service
public class LifeStoryWork {

    private final LifeStoryRepository repository;
    private final AttachmentChecker checker;

    LifeStoryWork(LifeStoryRepository repository, AttachmentChecker checker) {
        this.repository = repository;
        this.checker = checker;
    }

    /** @return how many items were loaded */
    @Transactional
    public int load(List<NewLifeStoryItem> newItems) {
        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> attachmentRows = new ArrayList<>();
        for (NewLifeStoryItem i : newItems) {
            UUID id = UUID.randomUUID();
            itemRows.add(new Object[] {id, i.childId(), i.kind().name(), i.title(), i.status().name(), i.doneBy(),
                date(i.plannedOn()), date(i.doneOn()), i.childInvolvement(), i.notes(), i.createdBy(),
                i.createdBy()});
            for (NewLifeStoryItem.Photo p : i.photos()) {
                AttachmentChecker.Checked c = checker.check(p.fileName(), p.bytes(), Long.MAX_VALUE, "photo");
                attachmentRows.add(new Object[] {UUID.randomUUID(), id, i.childId(), c.fileName(), c.mediaType(),
                    c.content().length, c.content(), c.width(), c.height(), c.thumbnail(), p.description(),
                    i.createdBy()});
            }
        }
        repository.insertAll(itemRows, attachmentRows);
        return newItems.size();
    }

    private static java.sql.Date date(java.time.LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}
