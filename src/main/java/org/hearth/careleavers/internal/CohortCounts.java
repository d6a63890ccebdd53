package org.hearth.careleavers.internal;

import org.hearth.shared.RecentAggregates;
import org.springframework.stereotype.Component;

/**
 * The care leavers cohort page's aggregates (the number of young people a view holds, and the KPI counts): each
 * aggregates every row a head of service sees (16,000 on the stress set) on every page of the list.
 */
@Component
public class CohortCounts extends RecentAggregates {
}
