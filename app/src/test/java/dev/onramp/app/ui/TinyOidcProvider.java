package dev.onramp.app.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider small enough to read, on the JDK's HTTP server, for testing the
 * browser sign-in without a network: discovery, keys, a sign-in form that asks only for a username
 * (its people and their groups are fixed), the authorization code exchange and RS256 ID tokens.
 */
final class TinyOidcProvider implements AutoCloseable {

  static final String CLIENT_ID = "onramp";
  static final String CLIENT_SECRET = "tiny-secret";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, List<String>> groupsByUser;
  private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

  private TinyOidcProvider(Map<String, List<String>> groupsByUser) throws Exception {
    this.groupsByUser = groupsByUser;
    this.key = new RSAKeyGenerator(2048).keyID("tiny-1").generate();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", this::keys);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.start();
  }

  /** Starts the provider for these people, each with the groups its tokens carry. */
  static TinyOidcProvider start(Map<String, List<String>> groupsByUser) {
    try {
      return new TinyOidcProvider(groupsByUser);
    } catch (Exception e) {
      throw new IllegalStateException("the test OIDC provider did not start", e);
    }
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> configuration = new LinkedHashMap<>();
    configuration.put("issuer", issuer());
    configuration.put("authorization_endpoint", issuer() + "/authorize");
    configuration.put("token_endpoint", issuer() + "/token");
    configuration.put("jwks_uri", issuer() + "/jwks");
    configuration.put("response_types_supported", List.of("code"));
    configuration.put("subject_types_supported", List.of("public"));
    configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
    configuration.put("scopes_supported", List.of("openid", "profile"));
    configuration.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
    respond(exchange, 200, "application/json", JSON.writeValueAsString(configuration));
  }

  private void keys(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true));
  }

  /** GET shows the sign-in form; POST signs the person in and sends the browser back. */
  private void authorize(HttpExchange exchange) throws IOException {
    if ("GET".equals(exchange.getRequestMethod())) {
      Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
      StringBuilder hidden = new StringBuilder();
      for (String name : List.of("client_id", "redirect_uri", "state", "nonce")) {
        hidden
            .append("<input type=\"hidden\" name=\"")
            .append(name)
            .append("\" value=\"")
            .append(escape(query.getOrDefault(name, "")))
            .append("\">");
      }
      respond(
          exchange,
          200,
          "text/html",
          "<!DOCTYPE html><html lang=\"en\"><head><title>Tiny IdP</title></head><body><main>"
              + "<h1>Tiny IdP</h1><form method=\"post\" action=\"/authorize\">"
              + hidden
              + "<label for=\"u\">IdP username</label><input id=\"u\" name=\"username\">"
              + "<button type=\"submit\">Continue</button></form></main></body></html>");
      return;
    }
    Map<String, String> submitted =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (!CLIENT_ID.equals(submitted.get("client_id"))
        || !groupsByUser.containsKey(submitted.get("username"))) {
      respond(exchange, 400, "text/plain", "unknown client or person");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, submitted);
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            submitted.get("redirect_uri")
                + "?code="
                + code
                + "&state="
                + URLEncoder.encode(submitted.get("state"), StandardCharsets.UTF_8));
    respond(exchange, 302, "text/plain", "");
  }

  /** The app exchanges the code, with its client secret, for the ID token of the person. */
  private void token(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    Map<String, String> request =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Map<String, String> signIn = codes.remove(request.getOrDefault("code", ""));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || signIn == null
        || !signIn.get("redirect_uri").equals(request.get("redirect_uri"))) {
      respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    Map<String, Object> answer = new HashMap<>();
    answer.put("access_token", idToken(signIn));
    answer.put("id_token", idToken(signIn));
    answer.put("token_type", "Bearer");
    answer.put("expires_in", 300);
    answer.put("scope", "openid profile");
    respond(exchange, 200, "application/json", JSON.writeValueAsString(answer));
  }

  private String idToken(Map<String, String> signIn) {
    String username = signIn.get("username");
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer())
            .subject("sub-" + username)
            .audience(CLIENT_ID)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", signIn.get("nonce"))
            .claim("preferred_username", username)
            .claim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1))
            .claim("groups", groupsByUser.get(username))
            .build();
    try {
      SignedJWT token =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      token.sign(new RSASSASigner(key));
      return token.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static void respond(HttpExchange exchange, int status, String type, String body) {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
