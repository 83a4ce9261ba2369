package io.portalops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.portalops");

    @Test
    void views_and_controllers_never_use_repositories_or_the_entity_manager() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_entities() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void entities_and_repositories_are_not_public() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void views_live_in_ui_packages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(CLASSES);
    }

    @Test
    void rest_controllers_live_in_api_packages() {
        classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..").check(CLASSES);
    }

    @Test
    void nothing_outside_the_ui_depends_on_views() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("io.portalops..ui..")
                .check(CLASSES);
    }

    /** ADR 013: jobs are {@code ScheduledJob} beans, scheduled and locked in one place, so the Jobs screen sees them all. */
    @Test
    void only_the_job_registry_schedules() {
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("io.portalops.jobs..")
                .should().beAnnotatedWith(Scheduled.class)
                .orShould().beAnnotatedWith(SchedulerLock.class)
                .check(CLASSES);
    }

    @Test
    void controllers_and_views_are_not_transactional() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }
}
