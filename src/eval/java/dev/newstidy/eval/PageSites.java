package dev.newstidy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The site of each corpus page, for the fits' leave-one-site-out: a site is the host of the page's
 * {@code url} without {@code www.} ({@code https://www.linjiang-daily.example/a/1.html} gives
 * {@code linjiang-daily.example}); a url without a host stands for itself.
 */
final class PageSites {
  private PageSites() {}

  /** Page id to site, from a {@code pages.jsonl} with one {@code {"id": …, "url": …}} page a line. */
  static Map<String, String> read(Path pagesJsonl, ObjectMapper json) throws IOException {
    Map<String, String> hosts = new HashMap<>();
    for (String line : Files.readAllLines(pagesJsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode page = json.readTree(line);
        hosts.put(page.path("id").asText(), hostOf(page.path("url").asText("")));
      }
    }
    return hosts;
  }

  static String hostOf(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? url : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
