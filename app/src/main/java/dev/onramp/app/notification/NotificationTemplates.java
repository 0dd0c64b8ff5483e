package dev.onramp.app.notification;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders {@code templates/notifications/<template>.ftl}: the first line is the title, the rest the
 * body. Plain text (the same text goes into the inbox and into the email). A missing model value
 * that a template needs is an error, not an empty string.
 */
@Component
class NotificationTemplates {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);

  NotificationTemplates() {
    freemarker.setClassForTemplateLoading(NotificationTemplates.class, "/templates/notifications");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    // Ids print as 1234, not 1,234.
    freemarker.setNumberFormat("computer");
    freemarker.setLocale(Locale.ENGLISH);
    freemarker.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    freemarker.setSharedVariable("formatTime", (TemplateMethodModelEx) NotificationTemplates::time);
  }

  Rendered render(String template, Map<String, Object> model) {
    if (template == null || !NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("Not a notification template name: " + template);
    }
    StringWriter text = new StringWriter();
    try {
      Template ftl = freemarker.getTemplate(template + ".ftl");
      ftl.process(model, text);
    } catch (TemplateNotFoundException e) {
      throw new IllegalArgumentException("No notification template " + template, e);
    } catch (TemplateException e) {
      throw new IllegalArgumentException(
          "Notification template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String rendered = text.toString().strip();
    int lineEnd = rendered.indexOf('\n');
    return lineEnd < 0
        ? new Rendered(rendered, "")
        : new Rendered(
            rendered.substring(0, lineEnd).strip(), rendered.substring(lineEnd + 1).strip());
  }

  /**
   * {@code formatTime(iso)}: an ISO-8601 instant as "3 Jun 2025, 14:00 UTC"; anything else as is.
   */
  private static Object time(List<?> arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException("formatTime takes one ISO-8601 time");
    }
    String iso = scalar.getAsString();
    try {
      return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneOffset.UTC).format(TIME);
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }

  record Rendered(String title, String body) {}
}
