package dev.onramp.app.org;

import dev.onramp.app.audit.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode an empty database gets a small sample hierarchy owned by the demo accounts, so a
 * newcomer can request a workload at once. It is imported from {@code org/sample-org.yaml}, the
 * same way as a real file, and its names say it is a sample; production imports the real hierarchy.
 */
@Component
@ConditionalOnProperty(name = "onramp.security.mode", havingValue = "demo", matchIfMissing = true)
class SampleOrganisation implements ApplicationRunner {

  static final String SAMPLE_FILE = "org/sample-org.yaml";

  private static final Logger LOG = LoggerFactory.getLogger(SampleOrganisation.class);

  private final OrgNodeRepository nodes;
  private final OrgImport orgImport;

  SampleOrganisation(OrgNodeRepository nodes, OrgImport orgImport) {
    this.nodes = nodes;
    this.orgImport = orgImport;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (nodes.count() > 0) {
      return;
    }
    String sample = new ClassPathResource(SAMPLE_FILE).getContentAsString(StandardCharsets.UTF_8);
    orgImport.importFile(sample, OrgFileFormat.YAML, Actor.AGENT_BILL);
    LOG.info("Created the sample org hierarchy for the demo accounts (labelled 'Sample').");
  }
}
