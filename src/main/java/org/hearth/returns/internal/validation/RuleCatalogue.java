package org.hearth.returns.internal.validation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The DfE's rule list for 2026-27, read once: codes, tables, fields and messages. */
public final class RuleCatalogue {

    private static final Map<String, RuleDefinition> RULES = load();

    private RuleCatalogue() {
    }

    public static RuleDefinition get(String code) {
        RuleDefinition rule = RULES.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("No 903 rule " + code + " in the DfE's list");
        }
        return rule;
    }

    public static Collection<RuleDefinition> all() {
        return RULES.values();
    }

    private static Map<String, RuleDefinition> load() {
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        try (var in = RuleCatalogue.class.getResourceAsStream("/returns/903-rules-2026-27.csv");
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                rules.put(record.get("code"), new RuleDefinition(record.get("code"), record.get("module"),
                        split(record.get("tables")), split(record.get("fields")), record.get("message").strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
