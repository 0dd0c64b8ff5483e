package dev.onramp.app.implementation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CeTaskStepRepository extends JpaRepository<CeTaskStep, Long> {

  List<CeTaskStep> findByTaskIdOrderByStepNo(String taskId);
}
