package org.pressdesk.connector.x;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an OAuth 1.0a (RFC 5849, HMAC-SHA1) Authorization header independently of Twitter4J, the
 * way X checks it: so the tests prove the request is really signed with the configured keys.
 */
final class OAuth1Signature {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private OAuth1Signature() {
    }

    /** The header's {@code oauth_*} parameters, decoded. */
    static Map<String, String> parameters(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("OAuth ")) {
            throw new AssertionError("not an OAuth header: " + authorizationHeader);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(authorizationHeader);
        while (matcher.find()) {
            parameters.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Whether the request's signature is the one the consumer secret and token secret give. */
    static boolean isValid(LoggedRequest request, String consumerSecret, String tokenSecret) {
        Map<String, String> oauth = parameters(request.getHeader("Authorization"));
        URI uri = URI.create(request.getAbsoluteUrl());
        List<String[]> signed = new ArrayList<>();
        oauth.forEach((name, value) -> {
            if (!name.equals("oauth_signature") && !name.equals("realm")) {
                signed.add(new String[] {encode(name), encode(value)});
            }
        });
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                signed.add(new String[] {encode(decode(nameValue[0])), encode(decode(nameValue.length > 1 ? nameValue[1] : ""))});
            }
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : request.getBodyAsString().split("&")) {
                String[] nameValue = pair.split("=", 2);
                signed.add(new String[] {encode(decode(nameValue[0])), encode(decode(nameValue.length > 1 ? nameValue[1] : ""))});
            }
        }
        signed.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder normalized = new StringBuilder();
        for (String[] parameter : signed) {
            normalized.append(normalized.isEmpty() ? "" : "&").append(parameter[0]).append('=').append(parameter[1]);
        }
        String baseUrl = uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + uri.getRawPath();
        String baseString = request.getMethod().getName() + "&" + encode(baseUrl) + "&" + encode(normalized.toString());
        String key = encode(consumerSecret) + "&" + encode(tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
            return expected.equals(oauth.get("oauth_signature"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
