package org.hearth.calendar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BankHolidayRepository {

    private final JdbcClient jdbc;

    BankHolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> dates() {
        return jdbc.sql("SELECT holiday_date FROM bank_holiday").query(LocalDate.class).list();
    }

    public List<Integer> coveredYears() {
        return jdbc.sql("SELECT calendar_year FROM bank_holiday_coverage").query(Integer.class).list();
    }

    public List<BankHoliday> inYear(int year) {
        return jdbc.sql("""
                SELECT holiday_date, title FROM bank_holiday
                WHERE holiday_date >= make_date(:year, 1, 1) AND holiday_date < make_date(:year + 1, 1, 1)
                ORDER BY holiday_date""").param("year", year)
                .query((rs, n) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class),
                        rs.getString("title"))).list();
    }

    /** Replaces the listed years' holidays with these, and records the years as known. */
    public void replaceYears(Collection<Integer> years, List<BankHoliday> replacements, UUID importedBy,
            String importedByName, String source) {
        for (int year : years) {
            jdbc.sql("""
                    DELETE FROM bank_holiday
                    WHERE holiday_date >= make_date(:year, 1, 1) AND holiday_date < make_date(:year + 1, 1, 1)""")
                    .param("year", year).update();
            jdbc.sql("""
                    INSERT INTO bank_holiday_coverage (calendar_year, imported_at, imported_by, imported_by_name, source)
                    VALUES (:year, now(), :by, :name, :source)
                    ON CONFLICT (calendar_year) DO UPDATE
                    SET imported_at = now(), imported_by = :by, imported_by_name = :name, source = :source""")
                    .param("year", year).param("by", importedBy).param("name", importedByName)
                    .param("source", source).update();
        }
        for (BankHoliday holiday : replacements) {
            jdbc.sql("INSERT INTO bank_holiday (holiday_date, title) VALUES (:date, :title)")
                    .param("date", holiday.date()).param("title", holiday.title()).update();
        }
    }
}
