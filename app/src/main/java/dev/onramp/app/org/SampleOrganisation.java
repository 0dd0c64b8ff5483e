package dev.onramp.app.org;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode an empty database gets a small sample hierarchy owned by the demo accounts, so a
 * newcomer can request a workload at once. Its names say it is a sample; production imports the
 * real hierarchy instead.
 */
@Component
@ConditionalOnProperty(name = "onramp.security.mode", havingValue = "demo", matchIfMissing = true)
class SampleOrganisation implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SampleOrganisation.class);

  private final OrgNodeRepository nodes;
  private final Clock clock;

  SampleOrganisation(OrgNodeRepository nodes, Clock clock) {
    this.nodes = nodes;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (nodes.count() > 0) {
      return;
    }
    OrgNode unit = save(OrgLevel.E1, "Sample Business Unit: Digital", null, Set.of("sam"));
    OrgNode department =
        save(OrgLevel.E2, "Sample Department: Customer Experience", unit, Set.of());
    OrgNode portfolio =
        save(OrgLevel.E3, "Sample Portfolio: Service Channels", department, Set.of());
    save(
        OrgLevel.E4,
        "Sample Product: Support Assistant",
        portfolio,
        Set.of("alice", "paul", "sam"));
    save(OrgLevel.E4, "Sample Product: Developer Portal", portfolio, Set.of("paul"));
    LOG.info("Created the sample org hierarchy for the demo accounts (labelled 'Sample').");
  }

  private OrgNode save(OrgLevel level, String name, OrgNode parent, Set<String> owners) {
    return nodes.save(
        new OrgNode(level, name, parent == null ? null : parent.id(), owners, clock.instant()));
  }
}
