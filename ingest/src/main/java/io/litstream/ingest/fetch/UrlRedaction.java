package io.litstream.ingest.fetch;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Masks credentials carried in query strings ({@code api_key=...}) before a URL goes into a log
 * line or a dead letter: an NCBI API key must not end up on a topic others read.
 */
public final class UrlRedaction {
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([?&](?:api_key|apikey|key|token|access_token|password|secret)=)[^&#]*");

    private UrlRedaction() {
    }

    public static String redact(URI uri) {
        return uri == null ? "" : redact(uri.toString());
    }

    public static String redact(String url) {
        return SECRET_PARAM.matcher(url).replaceAll("$1***");
    }
}
