package org.hearth.careleavers.web;

import java.util.List;

import org.hearth.careleavers.Rating;
import org.hearth.careleavers.internal.CohortRow;
import org.springframework.web.util.HtmlUtils;

/**
 * The cohort table's rows as HTML. The cohort page is the busiest view of a large list (every young person 16 to 25),
 * and a template loop spent about 80 µs a row evaluating a dozen expressions (80% of the page's time on the stress
 * set, docs/performance.md); written here the 50 rows take a few microseconds each. Every value is escaped.
 */
final class CohortTableRows {

    private CohortTableRows() {
    }

    static String html(List<CohortPagesController.Line> lines) {
        StringBuilder html = new StringBuilder(lines.size() * 1200);
        for (CohortPagesController.Line line : lines) {
            CohortRow r = line.row();
            html.append("<tr class=\"govuk-table__row\">");
            html.append("<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/children/")
                    .append(r.childId()).append("/leaving-care\">").append(text(r.name())).append("</a>")
                    .append("<span class=\"govuk-body-s govuk-!-display-block\">").append(text(r.localChildId()))
                    .append("</span></td>");
            cell(html, String.valueOf(line.age()));
            cell(html, r.category().label() + (r.lookedAfter() ? " (looked after)" : ""));
            cell(html, line.team());
            cell(html, line.adviser() == null ? "None" : line.adviser());
            rating(html, r.eetRating(), r.eetOverridden());
            rating(html, r.circumstancesRating(), r.circumstancesOverridden());
            cell(html, r.activityCode() == null ? "Not recorded" : r.activityCode());
            cell(html, (r.accommodationCode() == null ? "Not recorded" : r.accommodationCode())
                    + (r.stayingPut() ? " (Staying Put)" : ""));
            cell(html, r.inTouchCode() != null ? r.inTouchCode() : r.lookedAfter() ? "Looked after" : "Not recorded");
            html.append("<td class=\"govuk-table__cell\"><span>").append(text(r.livesIn())).append("</span>");
            if (Boolean.TRUE.equals(r.outOfArea())) {
                html.append(" <strong class=\"govuk-tag govuk-tag--purple\">Out of area</strong>");
                if (r.milesFromHome() != null) {
                    html.append("<span class=\"govuk-body-s govuk-!-display-block\">")
                            .append(Math.round(r.milesFromHome())).append(" miles</span>");
                }
            }
            html.append("</td></tr>\n");
        }
        return html.toString();
    }

    private static void cell(StringBuilder html, String value) {
        html.append("<td class=\"govuk-table__cell\">").append(text(value)).append("</td>");
    }

    private static void rating(StringBuilder html, Rating rating, boolean overridden) {
        html.append("<td class=\"govuk-table__cell\"><strong class=\"govuk-tag ").append(rating.tagClass())
                .append("\">").append(text(rating.label() + (overridden ? " (override)" : "")))
                .append("</strong></td>");
    }

    private static String text(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
