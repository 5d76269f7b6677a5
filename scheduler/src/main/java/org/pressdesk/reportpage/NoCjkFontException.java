package org.pressdesk.reportpage;

import java.nio.file.Path;
import java.util.List;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A PDF report cannot be made: no font with Chinese characters is installed where the configuration says. */
public class NoCjkFontException extends ProblemException {

    public NoCjkFontException(List<Path> looked) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "no-cjk-font", "No CJK font for PDF reports",
                "No font with Chinese characters found at " + looked + ": install Debian's fonts-droid-fallback "
                + "(bin/services does) or set pressdesk.reports.cjk-fonts to a TrueType font (.ttf)");
    }
}
