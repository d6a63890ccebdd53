package org.hearth.places;

import java.util.List;

/**
 * The council and the neighbours it counts as home (local setting {@code places.home-area.neighbours}): a young person
 * living anywhere else is "out of area" (issue 6).
 */
public record HomeArea(LocalAuthority council, List<LocalAuthority> neighbours) {

    public HomeArea {
        neighbours = List.copyOf(neighbours);
    }

    public boolean includes(String authorityCode) {
        if (authorityCode == null) {
            return false;
        }
        if (council.code().equals(authorityCode)) {
            return true;
        }
        for (LocalAuthority neighbour : neighbours) {
            if (neighbour.code().equals(authorityCode)) {
                return true;
            }
        }
        return false;
    }
}
