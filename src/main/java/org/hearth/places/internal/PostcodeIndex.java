package org.hearth.places.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hearth.places.Postcodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The postcode directory in memory, for resolving a whole cohort at once (issue 6: at least 100,000 postcodes a
 * second) without a query per child. Compact: a sorted array of postcode numbers ({@link Postcodes#key}) beside the
 * district and grid reference of each, about 18 bytes a postcode (some 50 MB for the full 2.7 million; see
 * docs/performance.md). Read from the database on first use and again after each import.
 */
@Component
public class PostcodeIndex {

    private static final Logger log = LoggerFactory.getLogger(PostcodeIndex.class);
    static final int NO_GRID = Integer.MIN_VALUE;
    static final short NO_DISTRICT = -1;

    /** One postcode's entry. */
    public record Entry(String districtCode, int easting, int northing) {
        public boolean hasGrid() {
            return easting != NO_GRID;
        }
    }

    private record Snapshot(long[] keys, short[] districts, int[] eastings, int[] northings, String[] districtCodes) {
        Entry find(long key) {
            if (key < 0) {
                return null;
            }
            int at = Arrays.binarySearch(keys, key);
            if (at < 0) {
                return null;
            }
            short district = districts[at];
            return new Entry(district == NO_DISTRICT ? null : districtCodes[district], eastings[at], northings[at]);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private volatile Snapshot snapshot;
    private final Object loading = new Object();
    /** Counts {@link #forget()}s, so that a load begun before one is not kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    PostcodeIndex(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(20_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The entry for a postcode's number, or null when the directory does not have it. */
    public Entry find(long key) {
        return current().find(key);
    }

    /** How many postcodes are held. */
    public int size() {
        return current().keys().length;
    }

    /** After an import, or a test emptying the tables: read again on next use. */
    public void forget() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /**
     * Reads the directory into memory in the background once Hearth is up, so that the first page to place a young
     * person does not wait the few seconds the full directory takes.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warmAtStartUp() {
        Thread warm = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("Could not read the postcode directory into memory: {}", e.getMessage());
            }
        }, "postcode-index-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null) {
            return known;
        }
        synchronized (loading) {
            Snapshot loaded = snapshot;
            if (loaded == null) {
                long before = generation.get();
                loaded = load();
                if (generation.get() == before) {
                    snapshot = loaded;
                }
            }
            return loaded;
        }
    }

    private Snapshot load() {
        long started = System.nanoTime();
        return readOnly.execute(status -> {
            int count = jdbc.queryForObject("SELECT count(*) FROM postcode", Integer.class);
            // number and line together, sorted, so the parallel arrays can follow the sort
            long[] packed = new long[count];
            short[] districtOf = new short[count];
            int[] eastingOf = new int[count];
            int[] northingOf = new int[count];
            Map<String, Short> districtNumbers = new HashMap<>();
            List<String> districtCodes = new java.util.ArrayList<>();
            int[] row = {0};
            // the cursor walks rows added since the count only in another transaction's import, which this
            // transaction cannot see; a short read leaves the arrays trimmed below
            jdbc.query("SELECT postcode, district_code, easting, northing FROM postcode", rs -> {
                int i = row[0];
                if (i >= count) {
                    return;
                }
                long key = Postcodes.key(rs.getString(1));
                String district = rs.getString(2);
                short number = NO_DISTRICT;
                if (district != null) {
                    number = districtNumbers.computeIfAbsent(district, d -> {
                        districtCodes.add(d);
                        return (short) (districtCodes.size() - 1);
                    });
                }
                int easting = rs.getInt(3);
                boolean noGrid = rs.wasNull();
                int northing = rs.getInt(4);
                packed[i] = (key << 23) | i;
                districtOf[i] = number;
                eastingOf[i] = noGrid ? NO_GRID : easting;
                northingOf[i] = noGrid ? NO_GRID : northing;
                row[0] = i + 1;
            });
            int n = row[0];
            long[] sorted = n == count ? packed : Arrays.copyOf(packed, n);
            Arrays.parallelSort(sorted);
            long[] keys = sorted; // turned from packed into plain numbers in place: one array less at the peak
            short[] districts = new short[n];
            int[] eastings = new int[n];
            int[] northings = new int[n];
            for (int i = 0; i < n; i++) {
                int from = (int) (sorted[i] & ((1 << 23) - 1));
                keys[i] = sorted[i] >>> 23;
                districts[i] = districtOf[from];
                eastings[i] = eastingOf[from];
                northings[i] = northingOf[from];
            }
            log.info("Postcode directory in memory: {} postcodes in {} districts, read in {} ms", n,
                    districtCodes.size(), (System.nanoTime() - started) / 1_000_000);
            return new Snapshot(keys, districts, eastings, northings, districtCodes.toArray(String[]::new));
        });
    }
}
