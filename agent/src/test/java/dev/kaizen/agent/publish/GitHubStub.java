package dev.kaizen.agent.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kaizen.agent.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback stub of the part of GitHub's REST API that publishing uses, for one repository: the
 * repository, the pull requests of a branch, the open pull requests, opening and updating.
 */
final class GitHubStub implements AutoCloseable {

  static final String OWNER = "acme";
  static final String NAME = "slow-report";
  static final String REPO = "/repos/" + OWNER + "/" + NAME;

  final WireMockServer server =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  GitHubStub() {
    server.start();
  }

  String url() {
    return server.baseUrl();
  }

  GitHubStub repository(String defaultBranch) {
    server.stubFor(
        get(urlPathEqualTo(REPO))
            .willReturn(
                json(
                    200,
                    Map.of(
                        "default_branch",
                        defaultBranch,
                        "html_url",
                        "https://github.com/" + OWNER + "/" + NAME,
                        "full_name",
                        OWNER + "/" + NAME))));
    return this;
  }

  /** What {@code GET …/pulls?head=acme:<branch>} answers. */
  GitHubStub pullsOfBranch(String branch, List<Map<String, Object>> pulls) {
    server.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .withQueryParam("head", equalTo(OWNER + ":" + branch))
            .willReturn(json(200, pulls)));
    return this;
  }

  /** What {@code GET …/pulls?state=open} (without a head) answers. */
  GitHubStub openPulls(List<Map<String, Object>> pulls) {
    server.stubFor(
        get(urlPathEqualTo(REPO + "/pulls"))
            .withQueryParam("head", absent())
            .withQueryParam("state", equalTo("open"))
            .willReturn(json(200, pulls)));
    return this;
  }

  GitHubStub opens(int number, String branch) {
    server.stubFor(
        post(urlPathEqualTo(REPO + "/pulls"))
            .willReturn(json(201, pull(number, branch, "open", "(the body)"))));
    return this;
  }

  GitHubStub updates(int number, String branch) {
    server.stubFor(
        patch(urlPathEqualTo(REPO + "/pulls/" + number))
            .willReturn(json(200, pull(number, branch, "open", "(the body)"))));
    return this;
  }

  /** An error answer to every request of {@code method} under the repository. */
  GitHubStub fails(RequestMethod method, String path, int status, String body) {
    var mapping =
        switch (method.getName()) {
          case "GET" -> get(urlPathEqualTo(path));
          case "POST" -> post(urlPathEqualTo(path));
          default -> patch(urlPathEqualTo(path));
        };
    server.stubFor(
        mapping
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
    return this;
  }

  static Map<String, Object> pull(int number, String branch, String state, String body) {
    var m = new LinkedHashMap<String, Object>();
    m.put("number", number);
    m.put("html_url", "https://github.com/" + OWNER + "/" + NAME + "/pull/" + number);
    m.put("state", state);
    m.put("draft", true);
    m.put("merged_at", null);
    m.put("head", Map.of("ref", branch, "label", OWNER + ":" + branch));
    m.put("body", body);
    return m;
  }

  List<LoggedRequest> requests(RequestMethod method) {
    return all().stream().filter(r -> r.getMethod().equals(method)).toList();
  }

  /** Every request received, oldest first. */
  List<LoggedRequest> all() {
    var out = new ArrayList<LoggedRequest>();
    for (var e : server.getAllServeEvents()) out.add(0, e.getRequest());
    return out;
  }

  static JsonNode body(LoggedRequest request) {
    try {
      return new ObjectMapper().readTree(request.getBodyAsString());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + request.getBodyAsString(), e);
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, Object body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(Json.line(body));
  }

  @Override
  public void close() {
    server.stop();
  }
}
