package dev.onramp.app.pages;

import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.org.OrgFileFormat;
import dev.onramp.app.org.OrgImport;
import dev.onramp.app.org.OrgImportResult;
import dev.onramp.app.org.Products;
import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import dev.onramp.app.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The org hierarchy as a tree with its owners, for everybody signed in; FinOps Leads import a file
 * here. The upload is a plain form post, so its problems come back next to the file field.
 */
@Controller
@WithLayout
class OrgPageController {

  private final Products products;
  private final OrgImport orgImport;
  private final CurrentUser currentUser;

  OrgPageController(Products products, OrgImport orgImport, CurrentUser currentUser) {
    this.products = products;
    this.orgImport = orgImport;
    this.currentUser = currentUser;
  }

  @GetMapping("/org")
  String tree(Model model) {
    return page(model, List.of());
  }

  @PostMapping("/org/import")
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  String importFile(
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response)
      throws IOException {
    try {
      OrgFileFormat format =
          OrgFileFormat.ofFileName(file.getOriginalFilename())
              .orElseThrow(
                  () -> new InvalidFieldException("file", "must be a .csv, .yaml or .yml file"));
      OrgImportResult result =
          orgImport.importFile(
              new String(file.getBytes(), StandardCharsets.UTF_8), format, currentUser.actor());
      redirect.addFlashAttribute("imported", result);
      redirect.addFlashAttribute("importedFile", file.getOriginalFilename());
      return "redirect:/org";
    } catch (InvalidFieldException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("rejectedFile", file.getOriginalFilename());
      return page(model, e.problems());
    }
  }

  /** The sample files the page offers as a starting point, labelled sample inside. */
  @GetMapping({"/org/sample-org.csv", "/org/sample-org.yaml"})
  ResponseEntity<Resource> sample(HttpServletRequest request) {
    String name = request.getRequestURI().substring("/org/".length());
    return ResponseEntity.ok()
        .contentType(
            name.endsWith(".csv")
                ? MediaType.parseMediaType("text/csv; charset=UTF-8")
                : MediaType.parseMediaType("application/yaml; charset=UTF-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(new ClassPathResource("org/" + name));
  }

  private String page(Model model, List<FieldProblem> problems) {
    model.addAttribute("roots", products.nested());
    model.addAttribute("canImport", currentUser.has(Role.FINOPS_LEAD));
    model.addAttribute("problems", problems);
    return "pages/org";
  }
}
