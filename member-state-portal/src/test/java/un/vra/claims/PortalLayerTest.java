package un.vra.claims;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * The portal's pages reach the EJB module as the back office's do (see the back office's {@code WebLayerTest}):
 * through application services and their views, never an entity, a repository, the persistence API or a class that queries
 * with the {@link EntityManager} outside a session bean.
 */
@AnalyzeClasses(packages = "un.vra.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalLayerTest {

    @ArchTest
    static final ArchRule thePortalUsesApplicationServicesOnly = noClasses()
            .that()
            .resideInAPackage("un.vra.claims.portal..")
            .should()
            .dependOnClassesThat(resideInAPackage("jakarta.persistence..")
                    .or(simpleNameEndingWith("Repository"))
                    .or(describe("an entity", (JavaClass type) -> type.isAnnotatedWith(Entity.class)))
                    .or(describe(
                            "queries with the EntityManager outside a session bean",
                            (JavaClass type) -> !type.isAnnotatedWith(Stateless.class)
                                    && type.getDirectDependenciesFromSelf().stream()
                                            .anyMatch(used ->
                                                    used.getTargetClass().isEquivalentTo(EntityManager.class)))));
}
