package org.hearth.places.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.council.HomeCouncil;
import org.hearth.places.HomeArea;
import org.hearth.places.LocalAuthority;
import org.hearth.places.Postcodes;
import org.hearth.places.Residence;
import org.hearth.places.ResidenceStatus;
import org.hearth.places.Residences;
import org.hearth.places.internal.PlacesRepository.StoredAuthority;
import org.hearth.policy.Policies;
import org.springframework.stereotype.Service;

/**
 * Where a postcode is: its district from the postcode directory, the upper tier over it from the lookup, and whether
 * that is in the home area (the council and the neighbours set in {@code places.home-area.neighbours}). Unknown is
 * said, never guessed (issue 6).
 */
@Service
public class ResidenceService implements Residences {

    public static final String NEIGHBOURS = "places.home-area.neighbours";
    /** Metres in a mile, as the reference README's distance rule has it. */
    static final double METRES_PER_MILE = 1609.3;

    private final PostcodeIndex index;
    private final AuthorityDirectory authorities;
    private final Policies policies;
    private final HomeCouncil council;
    private final Clock clock;

    ResidenceService(PostcodeIndex index, AuthorityDirectory authorities, Policies policies, HomeCouncil council,
            Clock clock) {
        this.index = index;
        this.authorities = authorities;
        this.policies = policies;
        this.council = council;
        this.clock = clock;
    }

    @Override
    public Residence of(String postcode) {
        return resolve(postcode, homeArea(), homeCentroid());
    }

    @Override
    public Map<String, Residence> ofAll(Collection<String> postcodes) {
        HomeArea home = homeArea();
        StoredAuthority centroid = homeCentroid();
        Map<String, Residence> resolved = new HashMap<>(Math.max(16, postcodes.size() * 4 / 3 + 1));
        for (String postcode : postcodes) {
            if (!resolved.containsKey(postcode)) {
                resolved.put(postcode, resolve(postcode, home, centroid));
            }
        }
        return resolved;
    }

    @Override
    public HomeArea homeArea() {
        LocalDate today = LocalDate.now(clock);
        String setting = policies.value(NEIGHBOURS, today);
        List<LocalAuthority> neighbours = new ArrayList<>();
        for (String code : setting.split("[,\\s]+")) {
            String trimmed = code.trim();
            if (!trimmed.isEmpty() && !trimmed.equals(council.code())) {
                neighbours.add(authorities.stored(trimmed).map(StoredAuthority::authority)
                        .orElse(new LocalAuthority(trimmed, trimmed)));
            }
        }
        LocalAuthority home = authorities.stored(council.code()).map(StoredAuthority::authority)
                .orElse(new LocalAuthority(council.code(), council.name()));
        return new HomeArea(home, neighbours);
    }

    /** The district code the directory gives the postcode, if it has the postcode and gives one. */
    public java.util.Optional<String> districtOf(String postcode) {
        PostcodeIndex.Entry entry = index.find(Postcodes.keyOf(postcode));
        return java.util.Optional.ofNullable(entry == null ? null : entry.districtCode());
    }

    private StoredAuthority homeCentroid() {
        return authorities.stored(council.code()).filter(a -> a.centroidEasting() != null).orElse(null);
    }

    private Residence resolve(String given, HomeArea home, StoredAuthority homeCentroid) {
        if (given == null || given.isBlank()) {
            return new Residence(given, ResidenceStatus.NO_POSTCODE, null, null);
        }
        PostcodeIndex.Entry entry = index.find(Postcodes.keyOf(given));
        if (entry == null) {
            return new Residence(given, ResidenceStatus.UNKNOWN_POSTCODE, null, null);
        }
        String district = entry.districtCode();
        if (district == null) {
            return new Residence(given, ResidenceStatus.NO_AUTHORITY, null, miles(entry, homeCentroid));
        }
        StoredAuthority upper = authorities.upperTierOf(district);
        Double miles = miles(entry, homeCentroid);
        if (!district.startsWith("E")) {
            return new Residence(given, ResidenceStatus.OUTSIDE_ENGLAND, upper == null ? null : upper.authority(),
                    miles);
        }
        if (upper == null) {
            // a district the lookup does not know: reported at import, never guessed
            return new Residence(given, ResidenceStatus.NO_AUTHORITY, null, miles);
        }
        return new Residence(given, home.includes(upper.code()) ? ResidenceStatus.IN_HOME_AREA
                : ResidenceStatus.OUT_OF_AREA, upper.authority(), miles);
    }

    /** Straight-line miles from the home authority's centroid (../shared/reference/README.md). */
    private static Double miles(PostcodeIndex.Entry entry, StoredAuthority home) {
        if (home == null || !entry.hasGrid()) {
            return null;
        }
        double de = entry.easting() - home.centroidEasting();
        double dn = entry.northing() - home.centroidNorthing();
        return Math.round(Math.sqrt(de * de + dn * dn) / METRES_PER_MILE * 10) / 10.0;
    }
}
