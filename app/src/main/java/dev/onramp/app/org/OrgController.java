package dev.onramp.app.org;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/org")
@Tag(name = "Organisation")
class OrgController {

  private final Products products;
  private final OrgImport orgImport;

  OrgController(Products products, OrgImport orgImport) {
    this.products = products;
    this.orgImport = orgImport;
  }

  @GetMapping("/products/mine")
  @Operation(summary = "The products the caller owns (where they may request workloads)")
  List<NodeView> myProducts(Principal principal) {
    return products.ownedBy(principal.getName()).stream().map(NodeView::of).toList();
  }

  @GetMapping("/nodes")
  @Operation(summary = "The whole hierarchy as a flat list, top level first")
  List<NodeView> nodes() {
    return products.tree().stream().map(NodeView::of).toList();
  }

  @GetMapping("/tree")
  @Operation(summary = "The whole hierarchy nested: Business Units, their Departments, …")
  List<OrgTreeNode> tree() {
    return products.nested();
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(
      summary = "Imports the hierarchy from a CSV or YAML file (part 'file')",
      description =
          "Nodes are matched by key: re-importing updates names, parents and owners. A file with"
              + " any problem imports nothing; the 400 names each line and field.")
  OrgImportResult importUpload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "format", required = false) String format,
      Principal user) {
    OrgFileFormat parsed =
        format != null && !format.isBlank()
            ? format(format)
            : OrgFileFormat.ofFileName(file.getOriginalFilename())
                .or(() -> OrgFileFormat.ofContentType(file.getContentType()))
                .orElseThrow(
                    () ->
                        new InvalidFieldException(
                            "file", "must be a .csv, .yaml or .yml file (or give format)"));
    try {
      String text = new String(file.getBytes(), StandardCharsets.UTF_8);
      return orgImport.importFile(text, parsed, Actor.person(user.getName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping(
      value = "/import",
      consumes = {"text/csv", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
  @PreAuthorize("hasRole('FINOPS_LEAD')")
  @Operation(summary = "Imports the hierarchy from a CSV or YAML request body")
  OrgImportResult importBody(
      @RequestBody String body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      Principal user) {
    OrgFileFormat parsed = OrgFileFormat.ofContentType(contentType).orElseThrow();
    return orgImport.importFile(body, parsed, Actor.person(user.getName()));
  }

  private static OrgFileFormat format(String format) {
    try {
      return OrgFileFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("format", "must be CSV or YAML");
    }
  }

  record NodeView(String id, OrgLevel level, String name, String parentId, Set<String> owners) {
    static NodeView of(OrgNode n) {
      return new NodeView(n.id(), n.level(), n.name(), n.parentId(), n.owners());
    }
  }
}
