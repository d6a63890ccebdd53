package org.hearth.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event deliveries whose listener failed (say the database was briefly unreachable), so that a chronology
 * entry or a due item catches up within minutes instead of waiting for the next restart
 * (republish-outstanding-events-on-restart covers only crashes). Only FAILED publications are resubmitted: one still
 * being processed is left alone, so a slow listener is never run twice at once. The listeners are idempotent (each
 * entry or row carries its origin), so a retry adds nothing twice. After {@code hearth.events.retry-attempts} the
 * publication stays failed and is left for an administrator (and the restart) to see.
 */
@Component
public class FailedEventRetries {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetries.class);

    private final IncompleteEventPublications publications;
    private final int maxAttempts;

    FailedEventRetries(IncompleteEventPublications publications,
            @Value("${hearth.events.retry-attempts:5}") int maxAttempts) {
        this.publications = publications;
        this.maxAttempts = maxAttempts;
    }

    /** Every few minutes: the fixed delay between runs is the back-off. */
    @Scheduled(fixedDelayString = "${hearth.events.retry-every:PT5M}",
            initialDelayString = "${hearth.events.retry-every:PT5M}")
    public void retryFailed() {
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withFilter(this::worthRetrying));
    }

    private boolean worthRetrying(EventPublication publication) {
        boolean retry = publication.getStatus() == EventPublication.Status.FAILED
                && publication.getCompletionAttempts() < maxAttempts;
        if (retry) {
            log.info("Retrying delivery of {} (attempt {})", publication.getEvent().getClass().getSimpleName(),
                    publication.getCompletionAttempts() + 1);
        }
        return retry;
    }
}
