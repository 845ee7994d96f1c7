package cn.yangguang.kernel.calendar.domain;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Gregorian dates of the lunar festivals of one Gregorian year, from ICU4J's {@link
 * ChineseCalendar}, with corrections where ICU4J is known to be wrong.
 *
 * <p>ICU4J computes new moons with an approximate orbit model that can be off by several minutes.
 * When the true new moon falls within minutes of midnight Beijing time, ICU4J starts the lunar
 * month on the wrong day. In 2008-2099 this changes a festival date used here in two years, both
 * for 正月初一: the new moon of 2027-02-06 23:56 (Beijing) and of 2030-02-03 00:08 (Beijing). The
 * corrections below were checked against an implementation of the 寿星天文历 algorithm and against
 * second-precision new-moon times; the unit tests hold the reference dates of every supported year,
 * so an ICU4J upgrade that changes a date is noticed. Stateless and thread-safe.
 */
final class LunarDates {

  /** 正月初一 where ICU4J 77.1 is wrong (true new moon on the other side of midnight). */
  private static final Map<Integer, LocalDate> NEW_YEAR_CORRECTIONS =
      Map.of(2027, LocalDate.of(2027, 2, 6), 2030, LocalDate.of(2030, 2, 3));

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * The festivals of one Gregorian year.
   *
   * @param newYear 正月初一 (春节); 除夕 is the day before
   * @param dragonBoat 五月初五 (端午)
   * @param midAutumn 八月十五 (中秋)
   */
  record Festivals(LocalDate newYear, LocalDate dragonBoat, LocalDate midAutumn) {}

  private LunarDates() {}

  /**
   * The festivals of a Gregorian year: each falls exactly once in any Gregorian year (正月初一 is
   * always between 21 January and 20 February).
   *
   * @throws IllegalStateException if the lunar calendar does not give exactly one date for each
   */
  static Festivals of(int year) {
    // A fresh calendar per call: ICU calendars are mutable, not thread-safe.
    ChineseCalendar lunar = new ChineseCalendar(TimeZone.getTimeZone("UTC"), ULocale.ROOT);
    LocalDate newYear = null;
    LocalDate dragonBoat = null;
    LocalDate midAutumn = null;
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      // Noon UTC of the date, read in UTC: the fields are those of that civil date.
      lunar.setTimeInMillis(d.toEpochDay() * MILLIS_PER_DAY + MILLIS_PER_DAY / 2);
      if (lunar.get(Calendar.IS_LEAP_MONTH) != 0) {
        continue;
      }
      int month = lunar.get(Calendar.MONTH) + 1;
      int day = lunar.get(Calendar.DAY_OF_MONTH);
      if (month == 1 && day == 1) {
        newYear = once(newYear, d, "正月初一");
      } else if (month == 5 && day == 5) {
        dragonBoat = once(dragonBoat, d, "五月初五");
      } else if (month == 8 && day == 15) {
        midAutumn = once(midAutumn, d, "八月十五");
      }
    }
    if (newYear == null || dragonBoat == null || midAutumn == null) {
      throw new IllegalStateException("lunar festivals not all found in " + year);
    }
    newYear = NEW_YEAR_CORRECTIONS.getOrDefault(year, newYear);
    return new Festivals(newYear, dragonBoat, midAutumn);
  }

  private static LocalDate once(LocalDate found, LocalDate date, String what) {
    if (found != null) {
      throw new IllegalStateException(what + " twice: " + found + " and " + date);
    }
    return date;
  }
}
