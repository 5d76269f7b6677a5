package org.pressdesk.officefigures;

import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpStatus;

/** No such figure is stored for the year. */
public class FigureNotFoundException extends ProblemException {

    public FigureNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }
}
