package org.hearth.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ApprovalType;
import org.hearth.children.Carer;
import org.hearth.children.CarerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CarerRepository {

    private static final String COLUMNS = "id, kind, name, approval_type, ofsted_urn, provider_name, postcode";

    private final JdbcClient jdbc;

    CarerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Carer> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carer WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    List<Carer> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carer ORDER BY kind, name").query((rs, n) -> map(rs)).list();
    }

    void insert(Carer carer) {
        jdbc.sql("""
                INSERT INTO carer (id, kind, name, approval_type, ofsted_urn, provider_name, postcode)
                VALUES (:id, :kind, :name, :approvalType, :urn, :provider, :postcode)""")
                .param("id", carer.id()).param("kind", carer.kind().name()).param("name", carer.name())
                .param("approvalType", carer.approvalType() == null ? null : carer.approvalType().name())
                .param("urn", carer.ofstedUrn()).param("provider", carer.providerName())
                .param("postcode", carer.postcode()).update();
    }

    private static Carer map(ResultSet rs) throws SQLException {
        String approval = rs.getString("approval_type");
        return new Carer(rs.getObject("id", UUID.class), CarerKind.valueOf(rs.getString("kind")),
                rs.getString("name"), approval == null ? null : ApprovalType.valueOf(approval),
                rs.getString("ofsted_urn"), rs.getString("provider_name"), rs.getString("postcode"));
    }
}
