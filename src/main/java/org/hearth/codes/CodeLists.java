package org.hearth.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which codes are valid for a field in a collection year, and what they mean. The lists are reference data loaded
 * by migration; they are read once per field and year and cached, since they change only with a new release.
 * A date before the earliest list Hearth holds is checked against that earliest list.
 */
@Service
public class CodeLists {

    private final JdbcClient jdbc;
    private final Map<String, List<Code>> cache = new ConcurrentHashMap<>();

    CodeLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Code> codes(CodeField field, CollectionYear year) {
        return cache.computeIfAbsent(field + "/" + year.startYear(), key -> jdbc.sql("""
                SELECT code, description FROM code_list_entry
                WHERE field = :field
                  AND first_year <= greatest(:year, (SELECT min(first_year) FROM code_list_entry WHERE field = :field))
                  AND (last_year IS NULL OR last_year >= :year)
                ORDER BY code""")
                .param("field", field.name())
                .param("year", year.startYear())
                .query((rs, n) -> new Code(rs.getString("code"), rs.getString("description")))
                .list());
    }

    public List<Code> codesOn(CodeField field, LocalDate date) {
        return codes(field, CollectionYear.containing(date));
    }

    public boolean isValid(CodeField field, String code, LocalDate on) {
        return find(field, code, on).isPresent();
    }

    public Optional<Code> find(CodeField field, String code, LocalDate on) {
        if (code == null) {
            return Optional.empty();
        }
        return codesOn(field, on).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The meaning of a code as of a date, or the code itself if it is not (or no longer) in the list. */
    public String describe(CodeField field, String code, LocalDate on) {
        if (code == null) {
            return "";
        }
        return find(field, code, on).map(Code::description).orElseGet(() -> describeAnyYear(field, code));
    }

    /** For templates: the field by name, e.g. {@code describe('PLACE', 'U4', date)}. */
    public String describe(String field, String code, LocalDate on) {
        return describe(CodeField.valueOf(field), code, on == null ? LocalDate.now() : on);
    }

    private String describeAnyYear(CodeField field, String code) {
        return jdbc.sql("SELECT description FROM code_list_entry WHERE field = :field AND code = :code "
                + "ORDER BY first_year DESC LIMIT 1")
                .param("field", field.name()).param("code", code)
                .query(String.class).optional().orElse(code);
    }
}
