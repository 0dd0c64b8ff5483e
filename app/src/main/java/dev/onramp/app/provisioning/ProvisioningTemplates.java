package dev.onramp.app.provisioning;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Freemarker for generated AWS artefacts, separate from any web view configuration: templates come
 * from {@code classpath:/templates/}, every value is formatted the same in every locale, a missing
 * value fails the rendering instead of printing nothing, and templates cannot reach Java classes.
 */
final class ProvisioningTemplates {

  /** Shell quoting helpers ({@code sh.q(value)}), imported into every template. */
  private static final String SHELL_LIBRARY = "provisioning/lib/shell.ftl";

  private final Configuration freemarker;
  private final Map<String, Template> inline = new ConcurrentHashMap<>();

  ProvisioningTemplates() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(ProvisioningTemplates.class, "/templates");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setLocale(Locale.ROOT);
    freemarker.setNumberFormat("computer");
    freemarker.setBooleanFormat("c");
    freemarker.setURLEscapingCharset("UTF-8");
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setFallbackOnNullLoopVariable(false);
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    freemarker.addAutoImport("sh", SHELL_LIBRARY);
  }

  /** Renders a template file, named from {@code templates/}. */
  String render(String templateName, Map<String, Object> model) {
    try {
      return process(freemarker.getTemplate(templateName), model);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read template " + templateName, e);
    }
  }

  /**
   * Renders a template written inline in a platform descriptor.
   *
   * @param location where the text comes from, for error messages
   */
  String renderText(String location, String source, Map<String, Object> model) {
    return process(inline.computeIfAbsent(source, s -> parse(location, s)), model);
  }

  /** Evaluates a Freemarker boolean expression such as {@code runtime == "EC2"}. */
  boolean test(String location, String expression, Map<String, Object> model) {
    return "true".equals(renderText(location, "${(" + expression + ")?c}", model));
  }

  private Template parse(String location, String source) {
    try {
      return new Template(location, new StringReader(source), freemarker);
    } catch (IOException e) {
      throw new IllegalStateException("Invalid template text at " + location, e);
    }
  }

  private static String process(Template template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      template.process(model, out);
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException(
          "Cannot render " + template.getName() + ": " + e.getMessage(), e);
    }
    return out.toString();
  }
}
