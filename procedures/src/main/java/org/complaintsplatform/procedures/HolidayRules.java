package org.complaintsplatform.procedures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standing rules of the UK bank holidays, used for years the holiday file does not cover.
 * One-off days (jubilees, funerals, coronations, moved May holidays) cannot be projected.
 */
final class HolidayRules {

    private HolidayRules() {
    }

    /** The bank holidays of a division in a year, with substitute days, as the standing rules give them. */
    static Set<LocalDate> projected(Division division, int year) {
        LocalDate easter = easterSunday(year);
        List<LocalDate> days = new ArrayList<>();
        days.add(LocalDate.of(year, 1, 1));
        if (division == Division.SCOTLAND) {
            days.add(LocalDate.of(year, 1, 2));
        }
        if (division == Division.NORTHERN_IRELAND) {
            days.add(LocalDate.of(year, 3, 17));
        }
        days.add(easter.minusDays(2));
        if (division != Division.SCOTLAND) {
            days.add(easter.plusDays(1));
        }
        days.add(firstMonday(year, Month.MAY));
        days.add(lastMonday(year, Month.MAY));
        if (division == Division.NORTHERN_IRELAND) {
            days.add(LocalDate.of(year, 7, 12));
        }
        days.add(division == Division.SCOTLAND ? firstMonday(year, Month.AUGUST) : lastMonday(year, Month.AUGUST));
        if (division == Division.SCOTLAND) {
            days.add(LocalDate.of(year, 11, 30));
        }
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        return withSubstitutes(days);
    }

    /**
     * Good Friday, Christmas Day and Boxing Day with their substitute days: never working days under the
     * statutory definition, whatever the holiday file says.
     */
    static Set<LocalDate> statutoryClosures(int year) {
        return withSubstitutes(List.of(easterSunday(year).minusDays(2), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** A holiday on a weekend, or on a day another holiday already took, moves to the next free weekday. */
    private static Set<LocalDate> withSubstitutes(List<LocalDate> days) {
        Set<LocalDate> taken = new HashSet<>();
        days.stream().sorted().forEach(day -> {
            LocalDate date = day;
            while (isWeekend(date) || taken.contains(date)) {
                date = date.plusDays(1);
            }
            taken.add(date);
        });
        return Set.copyOf(taken);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
