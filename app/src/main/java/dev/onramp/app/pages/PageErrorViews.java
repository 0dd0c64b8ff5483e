package dev.onramp.app.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The HTML page a browser gets when a page is refused (403) or not there (404), or fails: it names
 * what was asked for and links back home. Scripts and {@code /api/**} get problem JSON instead; the
 * security handler and {@link PageExceptions} only send a browser's page requests here.
 */
@Component
class PageErrorViews implements ErrorViewResolver {

  /** The areas a refused page belongs to, named as the navigation names them. */
  private static final Map<String, String> AREAS =
      Map.of(
          "/spaces", "Spaces",
          "/requests", "Spaces",
          "/governance", "AI Governance",
          "/tasks", "AI Tasks",
          "/inbox", "Inbox");

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("status", status.value());
    page.put("what", describe(path));
    page.put("path", path == null ? "" : path);
    // Only 403 and 404 carry a reason written by this app (the refusal, "Request … not found");
    // any other status may carry an exception's message, which stays in the log.
    Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    boolean ownReason = status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND;
    page.put("reason", ownReason && reason instanceof String s && !s.isBlank() ? s : null);
    return new ModelAndView("pages/error", page, status);
  }

  private static String describe(String path) {
    if (path == null) {
      return "this page";
    }
    return AREAS.entrySet().stream()
        .filter(area -> path.equals(area.getKey()) || path.startsWith(area.getKey() + "/"))
        .map(area -> area.getValue() + " (" + path + ")")
        .findFirst()
        .orElse("the page " + path);
  }
}
