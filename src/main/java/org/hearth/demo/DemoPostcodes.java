package org.hearth.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real postcodes (not addresses) to place demo homes, carers and settings in, grouped by where they are relative to
 * Central Bedfordshire. Kept in file order so that picks from a seeded random are repeatable.
 */
final class DemoPostcodes {

    static final String RESOURCE = "/demo/postcodes.csv";

    private static final String CENTRAL_BEDFORDSHIRE = "E06000056";
    private static final String BEDFORD = "E06000055";
    private static final String LUTON = "E06000032";

    /** Where a postcode is, as the demo data cares about it. */
    enum Area {
        /** Biggleswade, Sandy, Flitwick, Ampthill and around (MK and SG postcodes): the North team's patch. */
        CENTRAL_BEDFORDSHIRE_NORTH,
        /** Dunstable, Houghton Regis, Leighton Buzzard and around (LU postcodes): the South team's patch. */
        CENTRAL_BEDFORDSHIRE_SOUTH,
        LUTON,
        BEDFORD,
        /** Any other council, for out-of-area placements and care leavers who moved away. */
        FURTHER_AWAY
    }

    private final Map<Area, List<String>> byArea = new EnumMap<>(Area.class);
    /** For look-ups only, never iterated, so its order cannot leak into the data. */
    private final Map<String, Area> areaByPostcode = new HashMap<>();

    private DemoPostcodes(List<String> csvLines) {
        for (Area area : Area.values()) {
            byArea.put(area, new ArrayList<>());
        }
        for (String line : csvLines) {
            String[] parts = line.split(",");
            if (parts.length < 2 || parts[0].isBlank() || parts[0].equalsIgnoreCase("postcode")) {
                continue;
            }
            String postcode = parts[0].trim();
            Area area = areaOf(postcode, parts[1].trim());
            byArea.get(area).add(postcode);
            areaByPostcode.put(postcode, area);
        }
        for (Area area : Area.values()) {
            if (byArea.get(area).isEmpty()) {
                throw new IllegalStateException("The demo postcode list has no postcodes for " + area);
            }
        }
    }

    /** @param csvLines "postcode,local_authority" lines, a header allowed */
    static DemoPostcodes fromCsv(List<String> csvLines) {
        return new DemoPostcodes(csvLines);
    }

    /** The list shipped with Hearth, {@value #RESOURCE}. */
    static DemoPostcodes load() {
        try (InputStream in = DemoPostcodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo postcode list " + RESOURCE + " is missing");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new DemoPostcodes(reader.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Area areaOf(String postcode, String localAuthority) {
        return switch (localAuthority) {
            case CENTRAL_BEDFORDSHIRE -> postcode.startsWith("LU") ? Area.CENTRAL_BEDFORDSHIRE_SOUTH
                    : Area.CENTRAL_BEDFORDSHIRE_NORTH;
            case LUTON -> Area.LUTON;
            case BEDFORD -> Area.BEDFORD;
            default -> Area.FURTHER_AWAY;
        };
    }

    String pick(Area area, Random random) {
        List<String> postcodes = byArea.get(area);
        return postcodes.get(random.nextInt(postcodes.size()));
    }

    /** Anywhere in Central Bedfordshire, north or south in proportion to the list. */
    String centralBedfordshire(Random random) {
        int north = byArea.get(Area.CENTRAL_BEDFORDSHIRE_NORTH).size();
        int south = byArea.get(Area.CENTRAL_BEDFORDSHIRE_SOUTH).size();
        return pick(random.nextInt(north + south) < north ? Area.CENTRAL_BEDFORDSHIRE_NORTH
                : Area.CENTRAL_BEDFORDSHIRE_SOUTH, random);
    }

    /**
     * A postcode with the given chances of being in Central Bedfordshire, Luton or Bedford; the rest further away.
     */
    String pick(Random random, int centralBedfordshirePercent, int lutonPercent, int bedfordPercent) {
        int roll = random.nextInt(100);
        if (roll < centralBedfordshirePercent) {
            return centralBedfordshire(random);
        }
        roll -= centralBedfordshirePercent;
        if (roll < lutonPercent) {
            return pick(Area.LUTON, random);
        }
        roll -= lutonPercent;
        return pick(roll < bedfordPercent ? Area.BEDFORD : Area.FURTHER_AWAY, random);
    }

    /** The area a postcode from this list is in; FURTHER_AWAY for one not in it. */
    Area areaOf(String postcode) {
        return areaByPostcode.getOrDefault(postcode, Area.FURTHER_AWAY);
    }
}
