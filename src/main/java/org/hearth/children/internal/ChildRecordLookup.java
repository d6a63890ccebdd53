package org.hearth.children.internal;

import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildRecords;
import org.hearth.children.ChildView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children's records for other modules. */
@Service
@Transactional(readOnly = true)
class ChildRecordLookup implements ChildRecords {

    private final ChildRepository children;

    ChildRecordLookup(ChildRepository children) {
        this.children = children;
    }

    @Override
    public Optional<ChildView> find(UUID childId) {
        return childId == null ? Optional.empty() : children.find(childId);
    }

    @Override
    public java.util.List<ChildView> findAll(java.util.Collection<UUID> childIds) {
        return childIds.isEmpty() ? java.util.List.of() : children.findAll(childIds);
    }
}
