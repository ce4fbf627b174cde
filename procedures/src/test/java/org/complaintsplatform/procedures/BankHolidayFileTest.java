package org.complaintsplatform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BankHolidayFileTest {

    private static final Map<Division, BankHolidays.DivisionHolidays> SHIPPED =
            BankHolidays.parse(DataFiles.readResource(Procedures.BANK_HOLIDAYS), Procedures.BANK_HOLIDAYS);

    /** The days that moved or were added by proclamation, which the standing rules cannot know. */
    private static final Map<Integer, Set<LocalDate>> ONE_OFF_DAYS = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 8)),
            2022, Set.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19)),
            2023, Set.of(LocalDate.of(2023, 5, 8)));
    private static final Map<Integer, Set<LocalDate>> MOVED_DAYS = Map.of(
            2020, Set.of(LocalDate.of(2020, 5, 4)),
            2022, Set.of(LocalDate.of(2022, 5, 30)));

    @ParameterizedTest
    @EnumSource(Division.class)
    void theShippedFileCovers2018To2027(Division division) {
        assertThat(SHIPPED.get(division).firstYear()).isEqualTo(2018);
        assertThat(SHIPPED.get(division).lastYear()).isEqualTo(2027);
        assertThat(SHIPPED.get(division).byYear()).containsOnlyKeys(IntStream.rangeClosed(2018, 2027).boxed().toList());
    }

    /** Checks the hand-written file and the projection rules against each other, year by year. */
    @ParameterizedTest
    @EnumSource(Division.class)
    void theStandingRulesReproduceTheFileExceptForOneOffDays(Division division) {
        for (int year = 2018; year <= 2027; year++) {
            Set<LocalDate> expected = new HashSet<>(HolidayRules.projected(division, year));
            expected.removeAll(MOVED_DAYS.getOrDefault(year, Set.of()));
            expected.addAll(ONE_OFF_DAYS.getOrDefault(year, Set.of()));
            assertThat(SHIPPED.get(division).byYear().get(year)).as("%s %d", division, year).isEqualTo(expected);
        }
    }

    @Test
    void anOperatorFileReplacesTheShippedOneAndLaterYearsAreProjected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, fileWith("""
                {"title": "Summer bank holiday", "date": "2026-08-31", "notes": "", "bunting": true}"""));

        WorkingDayCalendar calendar = Procedures.load(file).calendar(Division.ENGLAND_AND_WALES);

        assertThat(calendar.lastYearInFile()).isEqualTo(2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 4))).as("not in the operator's file").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).as("2027 is projected").isFalse();
        assertThat(calendar.usesProjectedHolidays(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 8))).isTrue();
    }

    @Test
    void christmasBoxingDayAndGoodFridayAreNeverWorkingDaysEvenIfTheFileOmitsThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, fileWith("""
                {"title": "Summer bank holiday", "date": "2026-08-31", "notes": "", "bunting": true}"""));

        WorkingDayCalendar calendar = Procedures.load(file).calendar(Division.ENGLAND_AND_WALES);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).as("Christmas Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
    }

    @Test
    void aBadDateInAnOperatorFileFailsWithItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, fileWith("""
                {"title": "Summer bank holiday", "date": "2026-02-30", "notes": "", "bunting": true}"""));

        assertThatThrownBy(() -> Procedures.load(file))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("$.england-and-wales.events[0].date");
    }

    @Test
    void anOperatorFileWithoutADivisionFailsNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, """
                {"england-and-wales": {"division": "england-and-wales", "events": [{"title": "x", "date": "2026-08-31"}]}}""");

        assertThatThrownBy(() -> Procedures.load(file))
                .isInstanceOf(ProceduresDataException.class)
                .hasMessageContaining("scotland")
                .hasMessageContaining("northern-ireland");
    }

    private static String fileWith(String englandEvent) {
        return """
                {"england-and-wales": {"division": "england-and-wales", "events": [%s]},
                 "scotland": {"division": "scotland", "events": [{"title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true}]},
                 "northern-ireland": {"division": "northern-ireland", "events": [{"title": "St Patrick’s Day", "date": "2026-03-17", "notes": "", "bunting": true}]}}
                """.formatted(englandEvent);
    }
}
