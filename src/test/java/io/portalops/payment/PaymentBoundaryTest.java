package io.portalops.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The payment module's own boundary rules, beside the project-wide ArchitectureTests. */
class PaymentBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.portalops");

    @Test
    void views_and_controllers_never_use_the_unscoped_reminder_reads() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(PaymentReminders.class)
                .because("PaymentReminders applies no scope and returns card expiries in clear; it is for jobs only")
                .check(CLASSES);
    }

    @Test
    void nothing_outside_the_payment_module_reads_card_data_but_through_its_services() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.portalops.payment..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("CardData")
                .check(CLASSES);
    }
}
