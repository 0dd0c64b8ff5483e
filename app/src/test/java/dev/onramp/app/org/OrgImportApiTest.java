package dev.onramp.app.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.testing.AppTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/org/import} with CSV and YAML, as bodies and as uploads: nodes are created once
 * and updated by key on re-import; every bad file is refused whole, naming the line and field. Each
 * test uses keys of its own (the application context, so the database, is shared).
 */
class OrgImportApiTest extends AppTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;
  private String p;

  @BeforeEach
  void prefix() {
    p = "t" + System.nanoTime();
  }

  @Test
  void shouldImportCsvThenUpdateOnReimportWithoutDuplicates() throws Exception {
    String csv =
        """
        key,level,name,parent,owners
        %1$s-bu,E1,Retail,,sam
        %1$s-dep,E2,"Stores, Online",%1$s-bu,sam
        %1$s-pf,E3,Checkout,%1$s-dep,paul
        %1$s-pay,E4,Payments Bot,%1$s-pf,alice;paul
        %1$s-faq,E4,FAQ Bot,%1$s-pf,paul
        """
            .formatted(p);
    Answer first = body("fiona", csv, "text/csv");
    assertThat(first.status()).as("%s", first.json()).isEqualTo(200);
    assertThat(first.json().path("created").asInt()).isEqualTo(5);

    JsonNode bu = treeNode(p + "-bu");
    assertThat(bu.path("level").asText()).isEqualTo("E1");
    JsonNode portfolio = bu.path("children").get(0).path("children").get(0);
    assertThat(bu.path("children").get(0).path("name").asText()).isEqualTo("Stores, Online");
    assertThat(portfolio.path("owners")).extracting(JsonNode::asText).containsExactly("paul");
    JsonNode products = portfolio.path("children");
    assertThat(products)
        .extracting(n -> n.path("name").asText())
        .containsExactly("FAQ Bot", "Payments Bot");
    assertThat(products.get(1).path("owners"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("alice", "paul");
    // An imported product is one alice may request workloads for.
    assertThat(api.as("alice").get("/api/org/products/mine").json())
        .anyMatch(n -> n.path("name").asText().equals("Payments Bot"));

    Answer again =
        body(
            "fiona",
            csv.replace(
                "Payments Bot,%s-pf,alice;paul".formatted(p),
                "Payments Assistant,%s-pf,paul".formatted(p)),
            "text/csv");
    assertThat(again.status()).as("%s", again.json()).isEqualTo(200);
    assertThat(again.json().path("created").asInt()).isZero();
    assertThat(again.json().path("updated").asInt()).isEqualTo(1);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(4);
    assertThat(keyed()).isEqualTo(5);
    JsonNode renamed = treeNode(p + "-pay");
    assertThat(renamed.path("name").asText()).isEqualTo("Payments Assistant");
    assertThat(renamed.path("owners")).extracting(JsonNode::asText).containsExactly("paul");
  }

  @Test
  void shouldImportYamlUploadUnderANodeImportedBefore() throws Exception {
    assertThat(
            body("fiona", "key,level,name,owners\n%s-bu,E1,Health,sam\n".formatted(p), "text/csv")
                .status())
        .isEqualTo(200);
    String yaml =
        """
        # a sample
        nodes:
          - key: %1$s-dep
            level: Department
            name: Clinics
            parent: %1$s-bu
            owners: [sam]
          - {key: %1$s-pf, level: E3, name: Triage, parent: %1$s-dep, owners: "paul"}
          - key: %1$s-app
            level: E4
            name: "Triage: Assistant"
            parent: %1$s-pf
            owners:
              - alice
              - paul
        """
            .formatted(p);
    Answer answer = upload("fiona", p + ".yaml", yaml);
    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(200);
    assertThat(answer.json().path("created").asInt()).isEqualTo(3);
    JsonNode app =
        treeNode(p + "-bu").path("children").get(0).path("children").get(0).path("children").get(0);
    assertThat(app.path("name").asText()).isEqualTo("Triage: Assistant");
    assertThat(app.path("levelName").asText()).isEqualTo("Product");

    // The same file as a YAML body changes nothing.
    Answer again = body("fiona", yaml, "application/yaml");
    assertThat(again.json().path("unchanged").asInt()).as("%s", again.json()).isEqualTo(3);
    assertThat(keyed()).isEqualTo(4);
  }

  @Test
  void shouldRefuseEachBadFileWholeNamingLineAndField() throws Exception {
    String header = "key,level,name,parent,owners\n";
    String good = "%1$s-bu,E1,Good Unit,,sam\n".formatted(p);
    assertRefused(
        header + good + "%1$s-d,E2,Dept,%1$s-nowhere,sam\n".formatted(p),
        "line 3, parent",
        "is no node");
    assertRefused(
        header + good + "%1$s-x,E4,Product,%1$s-bu,alice\n".formatted(p),
        "line 3, parent",
        "must sit under a Portfolio (E3)");
    assertRefused(
        header + good + "%1$s-bu,E1,Again,,sam\n".formatted(p),
        "line 3, key",
        "is already on line 2");
    assertRefused(
        header + good + "%1$s-d,E2,Dept,%1$s-bu,\n".formatted(p),
        "line 3, owners",
        "names no owner");
    assertRefused(
        header + good + "%1$s-a,E3,A,%1$s-b,sam\n%1$s-b,E3,B,%1$s-a,sam\n".formatted(p),
        "line 3, parent",
        "makes a cycle: %1$s-a → %1$s-b → %1$s-a".formatted(p));
    assertRefused(
        header + good + "%1$s-d,E5,Dept,%1$s-bu,sam\n".formatted(p), "line 3, level", "must be E1");
    assertRefused("key,level,name,owner\n" + good, "line 1, owner", "is not a field of a node");
    assertRefused(
        header + good + "%1$s-d,E2,Dept\n".formatted(p), "line 3, columns", "has 3 values");

    String yaml =
        """
        nodes:
          - key: %1$s-bu
            level: E1
            name: Unit
            owners: [sam]
          - key: %1$s-d
            level: E2
            name: Dept
            owners: []
            parent: %1$s-bu
        """
            .formatted(p);
    Answer missingOwner = upload("fiona", "org.yml", yaml);
    assertProblem(missingOwner, "line 6, owners", "names no owner");
    Answer broken = body("fiona", "nodes:\n  - key: [unclosed\n", "application/yaml");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().path("errors").get(0).path("field").asText()).startsWith("line ");
    assertThat(keyed()).isZero();
  }

  @Test
  void shouldOfferSampleFilesThatMatchTheDemoOrganisation() throws Exception {
    for (String name : List.of("sample-org.csv", "sample-org.yaml")) {
      HttpResponse<String> sample =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/org/" + name))
                      .header("Authorization", basic("alice"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(sample.statusCode()).isEqualTo(200);
      assertThat(sample.body()).contains("Sample Business Unit: Digital");
      // The demo's hierarchy was imported from the YAML sample at start-up: both files say the
      // same, so importing either changes nothing.
      Answer again =
          body("fiona", sample.body(), name.endsWith(".csv") ? "text/csv" : "application/yaml");
      assertThat(again.status()).as("%s", again.json()).isEqualTo(200);
      assertThat(again.json().path("unchanged").asInt()).as("%s", again.json()).isEqualTo(5);
    }
  }

  @Test
  void shouldLetOnlyAFinOpsLeadImport() throws Exception {
    Answer answer =
        body("alice", "key,level,name,owners\n%s-bu,E1,Mine,alice\n".formatted(p), "text/csv");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(keyed()).isZero();
  }

  private void assertRefused(String csv, String field, String message) throws Exception {
    assertProblem(body("fiona", csv, "text/csv"), field, message);
    assertThat(keyed()).as("nothing of %s is imported", csv).isZero();
  }

  private static void assertProblem(Answer answer, String field, String message) {
    assertThat(answer.status()).as("%s", answer.json()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    List<String> found = new ArrayList<>();
    answer
        .json()
        .path("errors")
        .forEach(e -> found.add(e.path("field").asText() + ": " + e.path("message").asText()));
    assertThat(found)
        .as("%s", answer.json())
        .anyMatch(e -> e.startsWith(field + ": ") && e.contains(message));
    assertThat(answer.json().path("detail").asText()).contains(field);
  }

  /** Nodes this test imported. */
  private long keyed() {
    return jdbc.sql("select count(*) from org_node where node_key like ?")
        .param(p + "-%")
        .query(Long.class)
        .single();
  }

  private JsonNode treeNode(String key) {
    JsonNode tree = api.as("fiona").get("/api/org/tree").json();
    JsonNode found = find(tree, key);
    assertThat(found).as("node %s in the tree", key).isNotNull();
    return found;
  }

  private static JsonNode find(JsonNode nodes, String key) {
    for (JsonNode node : nodes) {
      if (node.path("key").asText().equals(key)) {
        return node;
      }
      JsonNode below = find(node.path("children"), key);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  record Answer(int status, JsonNode json, String contentType) {}

  private Answer body(String user, String text, String contentType) throws Exception {
    return send(
        user,
        HttpRequest.newBuilder(uri())
            .header("Content-Type", contentType + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  private Answer upload(String user, String fileName, String text) throws Exception {
    String boundary = "org" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                + text
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8));
    return send(
        user,
        HttpRequest.newBuilder(uri())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private Answer send(String user, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request
                    .header("Authorization", basic(user))
                    .header("Accept", "application/json, application/problem+json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/api/org/import");
  }
}
