package dev.onramp.engine;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** The engine's layering: SQL lives in the stores (writes) and the search API (reads) only. */
@AnalyzeClasses(
    packages = "dev.onramp.engine",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyStoresAndSearchRunSql =
      noClasses()
          .that()
          .resideOutsideOfPackages("..engine.state..", "..engine.api.search..")
          .should()
          .callMethodWhere(target(owner(assignableTo(JdbcOperations.class))))
          .orShould()
          .callMethodWhere(target(owner(assignableTo(NamedParameterJdbcOperations.class))))
          .because("processing changes state only through the stores in engine.state");

  @ArchTest
  static final ArchRule processingDoesNotKnowTheRestApi =
      noClasses()
          .that()
          .resideInAnyPackage("..engine.processing..", "..engine.state..", "..engine.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..engine.api.command..", "..engine.api.search..", "..engine.api.management..")
          .because("the REST API is an adapter on top of the engine, not the other way round");

  @ArchTest
  static final ArchRule searchDoesNotWrite =
      noClasses()
          .that()
          .resideInAPackage("..engine.api.search..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..engine.processing..")
          .because("reads go straight to committed rows; only the command loop writes");
}
