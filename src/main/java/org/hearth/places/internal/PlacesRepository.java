package org.hearth.places.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.places.ImportProblem;
import org.hearth.places.LocalAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Authorities, districts and the import log. */
@Repository
public class PlacesRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    PlacesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An upper-tier authority with its centroid (null when no postcode of it has a grid reference). */
    public record StoredAuthority(String code, String name, Double centroidEasting, Double centroidNorthing) {
        public LocalAuthority authority() {
            return new LocalAuthority(code, name);
        }
    }

    public record StoredDistrict(String code, String name, String upperTierCode) {
    }

    public List<StoredAuthority> authorities() {
        return jdbc.sql("SELECT code, name, centroid_easting, centroid_northing FROM local_authority ORDER BY name")
                .query((rs, n) -> new StoredAuthority(rs.getString(1), rs.getString(2),
                        (Double) rs.getObject(3), (Double) rs.getObject(4))).list();
    }

    public List<StoredDistrict> districts() {
        return jdbc.sql("SELECT code, name, upper_tier_code FROM local_authority_district ORDER BY code")
                .query((rs, n) -> new StoredDistrict(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public void replaceAuthorities(List<StoredAuthority> authorities, List<StoredDistrict> districts,
            Map<String, String> districtSources) {
        jdbc.sql("DELETE FROM local_authority_district").update();
        jdbc.sql("DELETE FROM local_authority").update();
        for (StoredAuthority a : authorities) {
            jdbc.sql("INSERT INTO local_authority (code, name) VALUES (:code, :name)").param("code", a.code())
                    .param("name", a.name()).update();
        }
        for (StoredDistrict d : districts) {
            jdbc.sql("""
                    INSERT INTO local_authority_district (code, name, upper_tier_code, source)
                    VALUES (:code, :name, :upper, :source)""").param("code", d.code()).param("name", d.name())
                    .param("upper", d.upperTierCode()).param("source", districtSources.get(d.code())).update();
        }
    }

    /** Each upper-tier authority's centroid: the mean grid reference of its postcodes that have one. */
    public void computeCentroids() {
        jdbc.sql("UPDATE local_authority SET centroid_easting = NULL, centroid_northing = NULL, "
                + "postcodes_with_grid = 0").update();
        jdbc.sql("""
                UPDATE local_authority la
                SET centroid_easting = c.easting, centroid_northing = c.northing, postcodes_with_grid = c.n
                FROM (SELECT d.upper_tier_code, avg(p.easting) AS easting, avg(p.northing) AS northing, count(*) AS n
                      FROM postcode p JOIN local_authority_district d ON d.code = p.district_code
                      WHERE p.easting IS NOT NULL
                      GROUP BY d.upper_tier_code) c
                WHERE la.code = c.upper_tier_code""").update();
    }

    /** District codes in the postcode directory that no known district matches, with how many postcodes each. */
    public List<ImportProblem> unknownDistricts() {
        return jdbc.sql("""
                SELECT p.district_code, count(*) AS n FROM postcode p
                WHERE p.district_code IS NOT NULL AND p.district_code LIKE 'E%'
                  AND NOT EXISTS (SELECT 1 FROM local_authority_district d WHERE d.code = p.district_code)
                GROUP BY p.district_code ORDER BY p.district_code""")
                .query((rs, n) -> new ImportProblem(0, "oslaua", rs.getString(1), "No authority is known for this "
                        + "district code (" + rs.getLong(2) + " postcodes): they are shown as not placed in an "
                        + "authority until a lookup that knows it is imported")).list();
    }

    public long postcodeCount() {
        return jdbc.sql("SELECT count(*) FROM postcode").query(Long.class).single();
    }

    public long authorityCount() {
        return jdbc.sql("SELECT count(*) FROM local_authority WHERE code LIKE 'E%'").query(Long.class).single();
    }

    public long districtCount() {
        return jdbc.sql("SELECT count(*) FROM local_authority_district").query(Long.class).single();
    }

    public record ImportRecord(UUID id, String kind, String outcome, String source, int rows, String summary,
            List<ImportProblem> problems, String importedByName, java.time.Instant importedAt) {
    }

    public void recordImport(String kind, String outcome, String source, int rows, String summary,
            List<ImportProblem> problems, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO places_import (id, kind, outcome, source, rows_read, summary, problems, imported_by,
                                           imported_by_name)
                VALUES (:id, :kind, :outcome, :source, :rows, :summary, CAST(:problems AS jsonb), :by, :byName)""")
                .param("id", UUID.randomUUID()).param("kind", kind).param("outcome", outcome)
                .param("source", source).param("rows", rows).param("summary", summary)
                .param("problems", json.writeValueAsString(problems)).param("by", by).param("byName", byName)
                .update();
    }

    public Optional<ImportRecord> lastImport(String kind) {
        return jdbc.sql("""
                SELECT id, kind, outcome, source, rows_read, summary, problems, imported_by_name, imported_at
                FROM places_import WHERE kind = :kind ORDER BY imported_at DESC, id LIMIT 1""").param("kind", kind)
                .query((rs, n) -> new ImportRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getString(6), List.of(json.readValue(rs.getString(7),
                                ImportProblem[].class)), rs.getString(8),
                        rs.getTimestamp(9).toInstant())).optional();
    }
}
