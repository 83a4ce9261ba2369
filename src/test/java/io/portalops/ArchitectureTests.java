package io.portalops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_entities() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void entities_and_repositories_are_not_public() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void views_live_in_ui_packages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void rest_controllers_live_in_api_packages() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..api..")
                .check(CLASSES);
    }

    @Test
    void nothing_outside_the_ui_depends_on_views() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.portalops..ui..")
                .check(CLASSES);
    }

    /** ADR 013: jobs are {@code ScheduledJob} beans, scheduled and locked in one place, so the Jobs screen sees them all. */
    @Test
    void only_the_job_registry_schedules() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("io.portalops.jobs..")
                .should()
                .beAnnotatedWith(Scheduled.class)
                .orShould()
                .beAnnotatedWith(SchedulerLock.class)
                .check(CLASSES);
    }

    @Test
    void controllers_and_views_are_not_transactional() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    /**
     * A module's root package is its public API (Spring Modulith), so a public type there must be something another
     * package uses: another module, the module's own {@code ui}, {@code api} or {@code demo}, or a test in another
     * package. A type only its own package uses stays package-private (Spring instantiates package-private beans).
     * Two kinds stay public although nobody names them outside yet: exceptions, which the module's services throw to
     * every caller as part of their contract, and annotations (constraints such as {@code @IsoCountryCode}), which
     * input records of any package may carry.
     */
    @Test
    void public_types_in_a_module_root_are_used_outside_their_package() {
        JavaClasses withTests = new ClassFileImporter().importPackages("io.portalops");
        Set<String> usedFromOutside = new HashSet<>();
        for (JavaClass origin : withTests) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().equals(origin.getPackageName())) {
                    usedFromOutside.add(topLevel(target).getName());
                }
            }
        }
        // ArchUnit does not see the interface a lambda implements, so a type in the signature of a used public method
        // (e.g. the functional ExportRows) counts as used too
        for (int round = 0; round < 3; round++) {
            for (JavaClass type : withTests) {
                if (type.getModifiers().contains(JavaModifier.PUBLIC)
                        && usedFromOutside.contains(topLevel(type).getName())) {
                    type.getMethods().stream()
                            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                            .forEach(m -> {
                                usedFromOutside.add(
                                        topLevel(m.getRawReturnType()).getName());
                                m.getRawParameterTypes()
                                        .forEach(p ->
                                                usedFromOutside.add(topLevel(p).getName()));
                            });
                }
            }
        }
        List<String> unused = CLASSES.stream()
                .filter(type -> type.isTopLevelClass() && isModuleRoot(type.getPackageName()))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .filter(type -> !type.isAnnotation() && !type.isAssignableTo(Throwable.class))
                .filter(type -> !usedFromOutside.contains(type.getName()))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertThat(unused)
                .as("public module-root types no other package uses: make them package-private")
                .isEmpty();
    }

    private static boolean isModuleRoot(String packageName) {
        return packageName.startsWith("io.portalops.") && packageName.indexOf('.', "io.portalops.".length()) < 0;
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }
}
