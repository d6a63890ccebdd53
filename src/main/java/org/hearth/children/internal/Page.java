package org.hearth.children.internal;

import java.util.List;

/** One page of results. {@code page} counts from 0. */
record Page<T>(List<T> items, int page, int size, long total) {

    int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    boolean hasNext() {
        return page + 1 < totalPages();
    }

    boolean hasPrevious() {
        return page > 0;
    }
}
