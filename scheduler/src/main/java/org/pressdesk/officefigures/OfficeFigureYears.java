package org.pressdesk.officefigures;

import java.time.LocalDate;
import org.pressdesk.system.OfficeTime;
import org.springframework.stereotype.Component;

/** The years figures may be given for: from 1949 to this year in the office's zone, not one still to come. */
@Component
public class OfficeFigureYears {

    static final int FIRST = 1949;

    private final OfficeTime time;

    OfficeFigureYears(OfficeTime time) {
        this.time = time;
    }

    public int thisYear() {
        return LocalDate.ofInstant(time.now(), time.zone(null)).getYear();
    }

    public boolean allows(int year) {
        return year >= FIRST && year <= thisYear();
    }

    static String refusal(int year) {
        return year < FIRST ? "no figures before " + FIRST : "year " + year + " has not come yet";
    }
}
