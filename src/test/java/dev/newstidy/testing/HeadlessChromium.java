package dev.newstidy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven through the DevTools protocol over the JDK's WebSocket client:
 * started with a fresh profile, the remote-debugging port read from {@code DevToolsActivePort},
 * one page. It fails loudly (never skips) when the browser cannot start.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration CALL = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /**
   * Starts {@code chromium} (or the binary named by the system property {@code chromium}) with a
   * fresh profile in {@code profile}, and connects to its page.
   */
  public static HeadlessChromium start(Path profile) throws Exception {
    String binary = System.getProperty("chromium", "chromium");
    Process process =
        new ProcessBuilder(
                binary,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "--window-size=1200,900",
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
            .start();
    try {
      int port = port(profile, process);
      HttpClient http = HttpClient.newHttpClient();
      String list =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(CALL).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      String page = null;
      for (JsonNode target : JSON.readTree(list)) {
        if (target.path("type").asText().equals("page")) {
          page = target.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (page == null) {
        throw new IllegalStateException("Chromium shows no page: " + list);
      }
      Listener listener = new Listener();
      WebSocket socket =
          http.newWebSocketBuilder().connectTimeout(CALL).buildAsync(URI.create(page), listener).get(CALL.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
      listener.browser = browser;
      return browser;
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** The port Chromium chose, from the first line of {@code DevToolsActivePort} in its profile. */
  private static int port(Path profile, Process process) throws Exception {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it listened");
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Chromium did not write DevToolsActivePort within " + START);
  }

  /** Sends one DevTools command and waits for its result. */
  public JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(message), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(CALL.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Opens {@code file} and waits until the page has loaded and run its script. */
  public void open(Path file) throws Exception {
    call("Page.navigate", Map.of("url", file.toUri().toString()));
    long deadline = System.nanoTime() + CALL.toNanos();
    while (!"complete".equals(eval("document.readyState").asText())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the page did not load: " + file);
      }
      Thread.sleep(50);
    }
  }

  /** The value of a JavaScript expression, awaited if it is a promise; a thrown error fails. */
  public JsonNode eval(String expression) throws Exception {
    JsonNode result =
        call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of the page as it shows, {@code width} × {@code height} CSS pixels. */
  public byte[] screenshot(int width, int height) throws Exception {
    call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
    return Base64.getDecoder().decode(shot.path("data").asText());
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // the browser goes below either way
    }
    // The renderer, GPU and utility processes may outlive the main one for a moment and go on
    // writing into the profile, which the test's temporary folder then fails to delete: each is
    // ended and waited for too.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
        try {
          helper.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          helper.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      helpers.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    }
    // Chromium leaves links to its socket outside the profile; the profile's owner need not see them.
    for (String link : List.of("SingletonSocket", "SingletonLock", "SingletonCookie")) {
      Files.deleteIfExists(profile.resolve(link));
    }
  }

  /** Reassembles text frames into messages and completes the command each one answers. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String message = buffer.toString();
        buffer.setLength(0);
        try {
          JsonNode node = JSON.readTree(message);
          if (node.has("id") && browser != null) {
            CompletableFuture<JsonNode> reply = browser.pending.remove(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException("not JSON from DevTools: " + message, e);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
