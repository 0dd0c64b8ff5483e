package dev.onramp.app.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrgNodeRepository extends JpaRepository<OrgNode, String> {

  @Query("select n from OrgNode n join n.owners o where o = ?1 and n.level = ?2 order by n.name")
  List<OrgNode> findOwnedBy(String username, OrgLevel level);

  List<OrgNode> findAllByOrderByLevelAscNameAsc();

  Optional<OrgNode> findByKey(String key);
}
