package org.complaintsplatform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The bank holidays of gov.uk's {@code bank-holidays.json} format, per division and year. */
final class BankHolidays {

    static final String SCHEMA = "schemas/bank-holidays.schema.json";

    /** One division's holidays from the file; the years between its first and last event count as covered. */
    record DivisionHolidays(Map<Integer, Set<LocalDate>> byYear, int firstYear, int lastYear) {
    }

    private BankHolidays() {
    }

    static Map<Division, DivisionHolidays> parse(JsonNode root, String source) {
        DataFiles.validate(root, SCHEMA, source);
        Map<Division, DivisionHolidays> divisions = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            Map<Integer, Set<LocalDate>> byYear = new HashMap<>();
            JsonNode events = root.path(division.slug()).path("events");
            for (int i = 0; i < events.size(); i++) {
                LocalDate date = date(events.get(i), source, "$." + division.slug() + ".events[" + i + "].date");
                byYear.computeIfAbsent(date.getYear(), year -> new HashSet<>()).add(date);
            }
            Map<Integer, Set<LocalDate>> frozen = new HashMap<>();
            byYear.forEach((year, dates) -> frozen.put(year, Set.copyOf(dates)));
            int first = byYear.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = byYear.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            divisions.put(division, new DivisionHolidays(Map.copyOf(frozen), first, last));
        }
        return divisions;
    }

    private static LocalDate date(JsonNode event, String source, String path) {
        try {
            return LocalDate.parse(event.path("date").asText());
        } catch (DateTimeParseException e) {
            throw new ProceduresDataException(source + " is invalid: " + path + ": not a date: " + e.getParsedString(), e);
        }
    }
}
