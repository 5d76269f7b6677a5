package org.pressdesk.dailyrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fetches the transcript pages of {@code pressdesk.daily-run.urls} for a run's date into the inbox, where
 * they are read and filed like any transcript file. A page is stored under a name made of the date
 * and its address, so a restarted run replaces what it fetched before instead of adding a copy.
 */
class TranscriptPages {

    private final DailyRunProperties properties;
    private final TranscriptInbox inbox;
    private final HttpClient http;

    TranscriptPages(DailyRunProperties properties, TranscriptInbox inbox) {
        this.properties = properties;
        this.inbox = inbox;
        this.http = HttpClient.newBuilder().connectTimeout(properties.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Fetches every configured page for the date into the inbox.
     *
     * @throws RunRefusedException when a page cannot be fetched, naming it
     */
    void fetch(LocalDate date) {
        for (String template : properties.urls()) {
            URI address = URI.create(template.replace("{date}", date.toString()));
            HttpResponse<byte[]> response;
            try {
                response = http.send(HttpRequest.newBuilder(address).timeout(properties.fetchTimeout())
                        .header("Accept", "text/html, application/json;q=0.9, text/plain;q=0.8").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new RunRefusedException("cannot fetch the transcript page " + address + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunRefusedException("fetching " + address + " was interrupted");
            }
            if (response.statusCode() / 100 != 2) {
                throw new RunRefusedException("cannot fetch the transcript page " + address + ": HTTP "
                        + response.statusCode());
            }
            inbox.put(name(date, address, response.headers().firstValue("Content-Type").orElse("")), response.body());
        }
    }

    private static String name(LocalDate date, URI address, String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        String path = address.getPath() == null ? "" : address.getPath().toLowerCase(Locale.ROOT);
        String form = type.contains("json") || path.endsWith(".json") ? ".json"
                : type.startsWith("text/plain") || path.endsWith(".txt") ? ".txt" : ".html";
        return date + "-page-" + hash(address.toString()) + form;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
