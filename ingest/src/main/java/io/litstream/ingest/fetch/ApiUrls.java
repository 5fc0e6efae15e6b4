package io.litstream.ingest.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** URLs of REST APIs: a root that relative paths resolve under, and query strings encoded once, in order. */
public final class ApiUrls {
    private ApiUrls() {
    }

    /** {@code base} with a trailing slash, so that {@code resolve("studies")} stays under it. */
    public static URI root(URI base) {
        String s = Objects.requireNonNull(base, "base").toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** {@code root}/{@code path}?{@code params}, each value URL-encoded. */
    public static URI of(URI root, String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return root.resolve(query.isEmpty() ? path : path + "?" + query);
    }
}
