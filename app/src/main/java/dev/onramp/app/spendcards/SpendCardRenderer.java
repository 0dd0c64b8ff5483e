package dev.onramp.app.spendcards;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.stereotype.Component;

/**
 * Renders a card's body ({@code templates/spendcards/card.ftlh}: figures, breakdown tables and the
 * trend chart as inline SVG) once, when the card is written, so showing it is a read.
 */
@Component
class SpendCardRenderer {

  private final Template template;

  SpendCardRenderer() {
    Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(SpendCardRenderer.class, "/templates/spendcards");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setNumberFormat("computer");
    freemarker.setLocale(Locale.ENGLISH);
    freemarker.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    try {
      template = freemarker.getTemplate("card.ftlh");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String render(SpendCardContent card) {
    StringWriter html = new StringWriter(4096);
    try {
      template.process(Map.of("card", card), html);
    } catch (TemplateException e) {
      throw new IllegalStateException("Spend card template failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return html.toString();
  }
}
