package io.litstream.ingest.ctgov;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of an API v2 {@code /studies} answer: {@code {"studies": [...], "nextPageToken": "…"}}
 * (the token is absent on the last page).
 *
 * @param studies       the studies, as the API's JSON objects
 * @param nextPageToken the token of the next page, or {@code null} on the last
 */
public record StudiesPage(List<JsonNode> studies, String nextPageToken) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StudiesPage {
        studies = List.copyOf(studies);
    }

    /** @throws IOException when the body is not JSON or has no {@code studies} array */
    public static StudiesPage parse(byte[] body) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("studies").isArray()) {
            throw new IOException("no \"studies\" array in the answer");
        }
        List<JsonNode> studies = new ArrayList<>();
        root.path("studies").forEach(studies::add);
        String token = root.path("nextPageToken").asText("");
        return new StudiesPage(studies, token.isBlank() ? null : token);
    }
}
