package un.vra.claims;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * The back office's pages and API, and the web layer both WARs share, reach the EJB module through its
 * application services and their views only: never an entity, a repository, the persistence API or a class that queries
 * with the {@link EntityManager} outside a session bean's transaction.
 */
@AnalyzeClasses(packages = "un.vra.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerTest {

    static final DescribedPredicate<JavaClass> PERSISTENCE = resideInAPackage("jakarta.persistence..")
            .or(simpleNameEndingWith("Repository"))
            .or(describe("an entity", (JavaClass type) -> type.isAnnotatedWith(Entity.class)))
            .or(describe(
                    "queries with the EntityManager outside a session bean",
                    type -> !type.isAnnotatedWith(Stateless.class)
                            && type.getDirectDependenciesFromSelf().stream()
                                    .anyMatch(dependency ->
                                            dependency.getTargetClass().isEquivalentTo(EntityManager.class))));

    @ArchTest
    static final ArchRule theWebModulesUseApplicationServicesOnly = noClasses()
            .that()
            .resideInAnyPackage("un.vra.claims.api..", "un.vra.claims.backoffice..", "un.vra.claims.web..")
            .should()
            .dependOnClassesThat(PERSISTENCE);

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("un.vra.claims.(*)..").should().beFreeOfCycles();
}
