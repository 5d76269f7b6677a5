package org.pressdesk.system;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests belong to the REST API: everything under {@code /api}. */
public final class ApiRequests {

    private static final String API = "/api";

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(API) || path.startsWith(API + "/");
    }
}
