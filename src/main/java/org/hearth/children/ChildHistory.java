package org.hearth.children;

import java.util.List;

/**
 * A child and their episode commands in date order, for bulk loading (demo and stress data; later, imports).
 * Each command goes through the same rules as one recorded on a page.
 */
public record ChildHistory(NewChild child, List<EpisodeCommand> commands) {
}
