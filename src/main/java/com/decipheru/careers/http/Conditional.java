package com.decipheru.careers.http;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** RFC 9110 conditional GET: If-None-Match wins over If-Modified-Since. */
final class Conditional {

    private Conditional() {
    }

    static boolean notModified(HttpServletRequest request, String etag, long lastModifiedMillis) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || stripWeak(tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
        return ifModifiedSince >= 0 && lastModifiedMillis >= 0 && lastModifiedMillis / 1000 <= ifModifiedSince / 1000;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
