package io.portalops.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.portalops.directory.DirectoryLookups;
import org.junit.jupiter.api.Test;

/** The workflow module's own boundary rules, beside the project-wide ArchitectureTests. */
class WorkflowBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.portalops");

    @Test
    void views_and_controllers_never_use_the_unscoped_reads_for_jobs_and_listeners() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(WorkflowTasks.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DirectoryLookups.class)
                .because("they apply no scope; they are for jobs, event listeners and demo data")
                .check(CLASSES);
    }
}
