package un.vra.claims;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/**
 * The layers of the EJB module, which holds the domain, the application services and their persistence: the web
 * stays in the WARs, the {@link EntityManager} in the classes that store and query, and no two packages of
 * features depend on each other.
 */
@AnalyzeClasses(packages = "un.vra.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The classes that store and query without being named repositories: stores of one entity (tokens, codes,
     * reference data, consents), the audit trail's writers and its search, the import's ledger of batches, the
     * demo data and the metrics' native SQL.
     */
    private static final String PERSISTENCE_CLASSES = "un\\.vra\\.claims\\.("
            + "account\\.(ApiTokens|RecoveryCodes)|reference\\.ReferenceData|contact\\.Consents"
            + "|audit\\.(AuditTrail|AuditService|CommittedAccessLog|RefusalRecorder)|imports\\.(ImportService|ClaimWriter|RegisterCheck)"
            + "|demo\\.DemoClaims|metrics\\.(NativeSql|ClaimQueries))(\\$.*)?";

    /**
     * The HTTP authentication mechanism sits beside the accounts so that both web modules share it, and the
     * request's origin reads the client's address from the request: they are the module's only adapters to HTTP.
     */
    @ArchTest
    static final ArchRule noWebApiOutsideTheHttpAdapters = noClasses()
            .that()
            .resideOutsideOfPackage("un.vra.claims.account.signin..")
            .and()
            .doNotHaveFullyQualifiedName("un.vra.claims.audit.RequestOrigin")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule theEntityManagerOnlyInRepositoriesAndPersistenceClasses = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .haveNameNotMatching(PERSISTENCE_CLASSES)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(EntityManager.class);

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("un.vra.claims.(*)..").should().beFreeOfCycles();
}
