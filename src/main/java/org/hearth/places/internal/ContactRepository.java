package org.hearth.places.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.places.ContactDetails;
import org.hearth.places.ContactService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContactRepository {

    private final JdbcClient jdbc;

    ContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredContact(UUID id, String authorityCode, ContactDetails details, int version) {
    }

    private static final String COLUMNS = "id, authority_code, service, name, phone, email, address, website, "
            + "last_verified_on, version";

    private static StoredContact map(ResultSet rs, int n) throws SQLException {
        return new StoredContact(rs.getObject("id", UUID.class), rs.getString("authority_code"),
                new ContactDetails(ContactService.valueOf(rs.getString("service")), rs.getString("name"),
                        rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                        rs.getString("website"), rs.getObject("last_verified_on", LocalDate.class)),
                rs.getInt("version"));
    }

    public List<StoredContact> of(String authorityCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM authority_contact WHERE authority_code = :code "
                + "ORDER BY array_position(ARRAY['LEAVING_CARE','YOUTH_SUPPORT','HOUSING_OPTIONS','VIRTUAL_SCHOOL',"
                + "'HEALTH','EMERGENCY_DUTY'], service), name, id").param("code", authorityCode).query(
                        ContactRepository::map).list();
    }

    public Optional<StoredContact> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM authority_contact WHERE id = :id").param("id", id)
                .query(ContactRepository::map).optional();
    }

    /** Per authority: how many contacts, and how many last verified before the date (or never). */
    public Map<String, int[]> counts(LocalDate staleBefore) {
        Map<String, int[]> counts = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT authority_code, count(*) AS n,
                       count(*) FILTER (WHERE last_verified_on IS NULL OR last_verified_on < :before) AS stale
                FROM authority_contact GROUP BY authority_code""").param("before", staleBefore)
                .query(rs -> {
                    counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return counts;
    }

    public void add(UUID id, String authorityCode, ContactDetails d, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO authority_contact (id, authority_code, service, name, phone, email, address, website,
                                               last_verified_on, changed_by, changed_by_name)
                VALUES (:id, :code, :service, :name, :phone, :email, :address, :website, :verified, :by, :byName)""")
                .param("id", id).param("code", authorityCode).param("service", d.service().name())
                .param("name", d.name()).param("phone", d.phone()).param("email", d.email())
                .param("address", d.address()).param("website", d.website()).param("verified", d.lastVerifiedOn())
                .param("by", by).param("byName", byName).update();
    }

    /** Changes the contact if it is still at the version; false when someone else changed or removed it first. */
    public boolean change(UUID id, int version, ContactDetails d, UUID by, String byName) {
        return jdbc.sql("""
                UPDATE authority_contact SET service = :service, name = :name, phone = :phone, email = :email,
                       address = :address, website = :website, last_verified_on = :verified, version = version + 1,
                       changed_by = :by, changed_by_name = :byName, changed_at = now()
                WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("service", d.service().name())
                .param("name", d.name()).param("phone", d.phone()).param("email", d.email())
                .param("address", d.address()).param("website", d.website()).param("verified", d.lastVerifiedOn())
                .param("by", by).param("byName", byName).update() == 1;
    }

    public boolean remove(UUID id, int version) {
        return jdbc.sql("DELETE FROM authority_contact WHERE id = :id AND version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    public void removeAllOf(Collection<String> authorityCodes) {
        if (!authorityCodes.isEmpty()) {
            jdbc.sql("DELETE FROM authority_contact WHERE authority_code IN (:codes)").param("codes", authorityCodes)
                    .update();
        }
    }
}
