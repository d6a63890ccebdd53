package org.hearth.children.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EpisodeRepository {

    static final String COLUMNS = "id, decom, rne, ls, cin, place, place_provider, carer_id, pl_post, urn, "
            + "home_post, dec, rec, reason_place_change";

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Episode> historyOf(UUID childId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM episode WHERE child_id = :childId ORDER BY decom")
                .param("childId", childId).query((rs, n) -> map(rs)).list();
    }

    void insert(UUID childId, Episode episode, UUID recordedBy) {
        jdbc.sql("""
                INSERT INTO episode (id, child_id, decom, rne, ls, cin, place, place_provider, carer_id, pl_post, urn,
                                     home_post, dec, rec, reason_place_change, recorded_by)
                VALUES (:id, :childId, :decom, :rne, :ls, :cin, :place, :placeProvider, :carerId, :plPost, :urn,
                        :homePost, :dec, :rec, :reasonPlaceChange, :recordedBy)""")
                .param("id", episode.id()).param("childId", childId).param("decom", episode.decom())
                .param("rne", episode.rne()).param("ls", episode.ls()).param("cin", episode.cin())
                .param("place", episode.place()).param("placeProvider", episode.placeProvider())
                .param("carerId", episode.carerId()).param("plPost", episode.plPost()).param("urn", episode.urn())
                .param("homePost", episode.homePost()).param("dec", episode.dec()).param("rec", episode.rec())
                .param("reasonPlaceChange", episode.reasonPlaceChange()).param("recordedBy", recordedBy)
                .update();
    }

    void close(Episode closed) {
        int updated = jdbc.sql("""
                UPDATE episode SET dec = :dec, rec = :rec, reason_place_change = :reason
                WHERE id = :id AND dec IS NULL""")
                .param("dec", closed.dec()).param("rec", closed.rec()).param("reason", closed.reasonPlaceChange())
                .param("id", closed.id()).update();
        if (updated != 1) {
            throw new IllegalStateException("Episode " + closed.id() + " was not open");
        }
    }

    void delete(Episode episode) {
        jdbc.sql("DELETE FROM episode WHERE id = :id").param("id", episode.id()).update();
    }

    void reopen(Episode episode) {
        jdbc.sql("UPDATE episode SET dec = NULL, rec = NULL, reason_place_change = NULL WHERE id = :id")
                .param("id", episode.id()).update();
    }

    static Episode map(ResultSet rs) throws SQLException {
        return new Episode(rs.getObject("id", UUID.class), date(rs, "decom"), rs.getString("rne"),
                rs.getString("ls"), rs.getString("cin"), rs.getString("place"), rs.getString("place_provider"),
                rs.getObject("carer_id", UUID.class), rs.getString("pl_post"), rs.getString("urn"),
                rs.getString("home_post"), date(rs, "dec"), rs.getString("rec"), rs.getString("reason_place_change"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
