package org.hearth.places.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.places.LocalAuthorities;
import org.hearth.places.LocalAuthority;
import org.hearth.places.internal.PlacesRepository.StoredAuthority;
import org.springframework.stereotype.Service;

/**
 * The authorities and districts from the last lookup import, with each authority's centroid, held in memory (a few
 * hundred rows, read on every residence). Read again after each import.
 */
@Service
public class AuthorityDirectory implements LocalAuthorities {

    private final PlacesRepository repository;
    private volatile Known known;

    /** What the lookup says, indexed. */
    record Known(Map<String, StoredAuthority> authorities, Map<String, StoredAuthority> upperTierOfDistrict,
            List<LocalAuthority> english) {
    }

    AuthorityDirectory(PlacesRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<LocalAuthority> all() {
        return known().english();
    }

    @Override
    public Optional<LocalAuthority> find(String code) {
        StoredAuthority authority = code == null ? null : known().authorities().get(code.trim());
        return authority == null || !isChildrensServicesAuthority(authority.code()) ? Optional.empty()
                : Optional.of(authority.authority());
    }

    /** Any upper-tier authority the lookup knows, English or Welsh, with its centroid. */
    public Optional<StoredAuthority> stored(String code) {
        return Optional.ofNullable(code == null ? null : known().authorities().get(code));
    }

    /** The upper tier over a district, if the lookup knows the district. */
    public StoredAuthority upperTierOf(String districtCode) {
        return known().upperTierOfDistrict().get(districtCode);
    }

    public void forget() {
        known = null;
    }

    /** English and current (not one of the counties abolished in 2023). */
    static boolean isChildrensServicesAuthority(String code) {
        return code.startsWith("E") && !AuthorityLookupReader.ABOLISHED_2023.contains(code);
    }

    Known known() {
        Known current = known;
        if (current == null) {
            Map<String, StoredAuthority> authorities = new HashMap<>();
            for (StoredAuthority a : repository.authorities()) {
                authorities.put(a.code(), a);
            }
            Map<String, StoredAuthority> byDistrict = new HashMap<>();
            for (var d : repository.districts()) {
                StoredAuthority upper = authorities.get(d.upperTierCode());
                if (upper != null) {
                    byDistrict.put(d.code(), upper);
                }
            }
            List<LocalAuthority> english = authorities.values().stream()
                    .filter(a -> isChildrensServicesAuthority(a.code())).map(StoredAuthority::authority)
                    .sorted(Comparator.comparing(LocalAuthority::name).thenComparing(LocalAuthority::code)).toList();
            current = new Known(Map.copyOf(authorities), Map.copyOf(byDistrict), english);
            known = current;
        }
        return current;
    }
}
