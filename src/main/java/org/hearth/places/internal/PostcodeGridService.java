package org.hearth.places.internal;

import java.util.Optional;

import org.hearth.places.PostcodeGrid;
import org.hearth.places.Postcodes;
import org.springframework.stereotype.Service;

/** The postcode directory's facts over the in-memory index and the authority lookup (no query per postcode). */
@Service
class PostcodeGridService implements PostcodeGrid {

    private final PostcodeIndex index;
    private final AuthorityDirectory authorities;

    PostcodeGridService(PostcodeIndex index, AuthorityDirectory authorities) {
        this.index = index;
        this.authorities = authorities;
    }

    @Override
    public Optional<GridPlace> find(String postcode) {
        String normalised = Postcodes.normalise(postcode);
        if (normalised == null) {
            return Optional.empty();
        }
        PostcodeIndex.Entry entry = index.find(Postcodes.key(normalised));
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(new GridPlace(normalised, authorityOf(entry.districtCode()),
                entry.hasGrid() ? entry.easting() : null, entry.hasGrid() ? entry.northing() : null));
    }

    @Override
    public boolean available() {
        return index.size() > 0;
    }

    private String authorityOf(String district) {
        return UpperTiers.of(district, d -> {
            PlacesRepository.StoredAuthority upper = authorities.upperTierOf(d);
            return upper == null ? null : upper.code();
        });
    }
}
