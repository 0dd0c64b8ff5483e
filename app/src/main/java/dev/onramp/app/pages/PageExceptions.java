package dev.onramp.app.pages;

import dev.onramp.app.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page whose subject does not exist (or is not the person's to see) answers a browser with the
 * HTML error page; asked for JSON, the same exception still becomes a problem detail, since this
 * handler only produces HTML and the API's handler comes after it.
 */
@ControllerAdvice(annotations = WithLayout.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptions {

  @ExceptionHandler(value = NotFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
  void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
  }
}
