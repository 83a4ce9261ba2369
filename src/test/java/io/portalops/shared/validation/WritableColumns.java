package io.portalops.shared.validation;

import io.portalops.bulk.BulkRequestKeys;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.IdempotentActions;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerService;
import io.portalops.customer.IsoCountryCode;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantUpdate;
import io.portalops.directory.PersonForm;
import io.portalops.event.EventSubmission;
import io.portalops.event.EventTypes;
import io.portalops.inventory.ProductForm;
import io.portalops.inventory.ServiceForm;
import io.portalops.payment.BillingForm;
import io.portalops.payment.InvoiceForm;
import io.portalops.security.AccountUpdate;
import io.portalops.security.NewAccount;
import io.portalops.shared.files.FileNames;
import io.portalops.workflow.AccessProfileForm;
import io.portalops.workflow.WorkflowService;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which input fills each text column, for {@link ColumnLimitsTest}: a record component (its {@code @Size} and text
 * constraint are read) or a service's own check (its constant). And the columns no input fills, with the reason.
 */
final class WritableColumns {

    private WritableColumns() {}

    interface Source {
        int max();

        boolean refusesControlCharacters();
    }

    /** A component of an input record: its limit is its {@code @Size(max)}. */
    record Component(Class<?> type, String name) implements Source {
        Field field() {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getName() + " has no " + name, e);
            }
        }

        @Override
        public int max() {
            Size size = field().getAnnotation(Size.class);
            return size == null ? Integer.MAX_VALUE : size.max();
        }

        @Override
        public boolean refusesControlCharacters() {
            Field field = field();
            return field.isAnnotationPresent(SingleLineText.class)
                    || field.isAnnotationPresent(MultiLineText.class)
                    || field.isAnnotationPresent(IsoCountryCode.class)
                    || (field.isAnnotationPresent(Pattern.class)
                            && !field.getAnnotation(Pattern.class).regexp().matches(".*(\\.|\\\\S|\\\\s|\\[\\^).*"));
        }

        @Override
        public String toString() {
            return type.getSimpleName() + "." + name;
        }
    }

    /** Text a service checks itself (FreeText, a pattern, a cut), against a constant. */
    record Checked(String how, int max, boolean refusesControlCharacters) implements Source {
        @Override
        public String toString() {
            return how;
        }
    }

    private static Component of(Class<?> type, String name) {
        return new Component(type, name);
    }

    private static Component of(String className, String name) {
        try {
            return new Component(Class.forName(className), name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Checked freeText(String how, int max) {
        return new Checked(how + " (FreeText)", max, true);
    }

    private static final String ACTIONS = "io.portalops.contract.api.ActionsController$ActionPayload";
    private static final String ACCOUNTS = "io.portalops.security.api.AccountController$";
    private static final String REVIEWS = "io.portalops.review.api.AccessReviewController$";
    private static final String TASKS = "io.portalops.workflow.api.TaskController$";

    static final Map<String, List<Source>> WRITTEN = new TreeMap<>(Map.ofEntries(
            Map.entry("access_review.title", List.of(of(REVIEWS + "StartBody", "title"))),
            Map.entry("access_review_decision.comment", List.of(of(REVIEWS + "DecisionBody", "comment"))),
            Map.entry("grid_view.name", List.of(of(io.portalops.shared.grid.GridViewForm.class, "name"))),
            Map.entry("customer.external_ref", List.of(of(CustomerForm.class, "externalRef"))),
            Map.entry("customer.name", List.of(of(CustomerForm.class, "name"))),
            Map.entry("customer.phone", List.of(of(CustomerForm.class, "phone"))),
            Map.entry("customer.address", List.of(of(CustomerForm.class, "address"))),
            Map.entry("customer.country", List.of(of(CustomerForm.class, "country"))),
            Map.entry(
                    "pii_reveal.reason",
                    List.of(
                            of("io.portalops.customer.api.CustomerController$RevealRequest", "reason"),
                            freeText("CustomerService.reveal", CustomerService.MAX_REVEAL_REASON))),
            Map.entry("contract.title", List.of(of(ContractForm.class, "title"))),
            Map.entry("contract.value_currency", List.of(of(ContractForm.class, "currency"))),
            Map.entry(
                    "contract_approval.comment",
                    List.of(
                            of(ACTIONS, "comment"),
                            of(ACTIONS, "reason"),
                            freeText("ContractActions.approve comment", ContractActions.MAX_COMMENT),
                            freeText("ContractActions.reject reason", ContractActions.MAX_REASON))),
            Map.entry(
                    "contract_comment.body",
                    List.of(of(ACTIONS, "text"), freeText("ContractActions.note", ContractActions.MAX_NOTE))),
            Map.entry(
                    "contract_flag.reason",
                    List.of(of(ACTIONS, "reason"), freeText("ContractActions.flag", ContractActions.MAX_REASON))),
            Map.entry(
                    "contract_flag.clear_reason",
                    List.of(of(ACTIONS, "reason"), freeText("ContractActions.unflag", ContractActions.MAX_REASON))),
            Map.entry(
                    "contract_attachment.original_name",
                    List.of(new Checked(
                            "FileNames: NUL or over 255 refused, control characters removed, cut to 150", 150, true))),
            Map.entry(
                    "idempotency_key.key",
                    List.of(new Checked(
                            "IdempotentActions: 1 to 255 visible ASCII characters",
                            IdempotentActions.MAX_KEY_LENGTH,
                            true))),
            Map.entry(
                    "bulk_request_key.key",
                    List.of(new Checked(
                            "BulkRequestKeys: 1 to 255 visible ASCII characters",
                            BulkRequestKeys.MAX_KEY_LENGTH,
                            true))),
            Map.entry("event_type.name", List.of(new Checked("EventTypes.save: [a-z][a-z0-9_.-]{1,99}", 100, true))),
            Map.entry(
                    "event_type.description",
                    List.of(new Checked("EventTypes.save (FreeText, one line)", EventTypes.MAX_DESCRIPTION, true))),
            // EventIngestion checks each item against these constants (its record is bound as sent, @RawText)
            Map.entry("events.source", List.of(of(EventSubmission.class, "source"))),
            Map.entry("events.event_id", List.of(of(EventSubmission.class, "eventId"))),
            Map.entry("events.type", List.of(of(EventSubmission.class, "type"))),
            Map.entry("events.person_ref", List.of(of(EventSubmission.class, "personRef"))),
            Map.entry("events.product_ref", List.of(of(EventSubmission.class, "productRef"))),
            Map.entry("event_dedup.source", List.of(of(EventSubmission.class, "source"))),
            Map.entry("event_dedup.event_id", List.of(of(EventSubmission.class, "eventId"))),
            Map.entry(
                    "api_client.name",
                    List.of(new Checked("ApiClientService.create: [A-Za-z0-9][A-Za-z0-9 ._-]{1,99}", 100, true))),
            Map.entry("saas_service.name", List.of(of(ServiceForm.class, "name"))),
            Map.entry("saas_service.vendor", List.of(of(ServiceForm.class, "vendor"))),
            Map.entry("saas_service.category", List.of(of(ServiceForm.class, "category"))),
            Map.entry("saas_service.website", List.of(of(ServiceForm.class, "website"))),
            Map.entry("saas_service.description", List.of(of(ServiceForm.class, "description"))),
            Map.entry(
                    "product.name",
                    List.of(
                            of(ProductForm.class, "name"),
                            of("io.portalops.inventory.api.ProductController$NewProduct", "name"))),
            Map.entry(
                    "product.cost_currency",
                    List.of(new Checked("Money: an ISO 4217 code (Currency.getInstance)", 3, true))),
            Map.entry("person.employee_number", List.of(of(PersonForm.class, "employeeNumber"))),
            Map.entry("person.name", List.of(of(PersonForm.class, "name"))),
            Map.entry("person.email", List.of(of(PersonForm.class, "email"))),
            Map.entry("person.department", List.of(of(PersonForm.class, "department"))),
            Map.entry("person.title", List.of(of(PersonForm.class, "title"))),
            Map.entry("person.location", List.of(of(PersonForm.class, "location"))),
            Map.entry(
                    "person_import.file_name",
                    List.of(new Checked("PeopleImport: control characters removed, cut to 255", 255, true))),
            Map.entry("access_grant.role", List.of(of(GrantRequest.class, "role"), of(GrantUpdate.class, "role"))),
            Map.entry(
                    "access_grant.note",
                    List.of(
                            of(GrantRequest.class, "note"),
                            of(GrantUpdate.class, "note"),
                            freeText("AccessGrantService.revoke reason", GrantUpdate.MAX_NOTE),
                            freeText("WorkflowService.complete evidence", WorkflowService.MAX_NOTE))),
            Map.entry("billing_record.currency", List.of(of(BillingForm.class, "currency"))),
            Map.entry("billing_record.po_number", List.of(of(BillingForm.class, "poNumber"))),
            Map.entry("billing_record.card_last4", List.of(of(BillingForm.class, "cardLast4"))),
            Map.entry("billing_record.notes", List.of(of(BillingForm.class, "notes"))),
            Map.entry("payment_invoice.invoice_number", List.of(of(InvoiceForm.class, "number"))),
            Map.entry("payment_invoice.currency", List.of(of(InvoiceForm.class, "currency"))),
            Map.entry(
                    "payment_invoice.original_name",
                    List.of(new Checked(
                            "FileNames: NUL or over " + FileNames.MAX_LENGTH
                                    + " refused, control characters removed, cut to 150",
                            150,
                            true))),
            Map.entry("access_profile.name", List.of(of(AccessProfileForm.class, "name"))),
            Map.entry("access_profile.department", List.of(of(AccessProfileForm.class, "department"))),
            Map.entry("access_profile.title", List.of(of(AccessProfileForm.class, "title"))),
            Map.entry(
                    "workflow_task.note",
                    List.of(
                            of(TASKS + "Completion", "evidence"),
                            of(TASKS + "Skip", "reason"),
                            freeText("WorkflowService.complete and skip", WorkflowService.MAX_NOTE))),
            Map.entry(
                    "account.username",
                    List.of(of(NewAccount.class, "username"), of(ACCOUNTS + "CreateAccountRequest", "username"))),
            Map.entry(
                    "account.display_name",
                    List.of(
                            of(NewAccount.class, "displayName"),
                            of(AccountUpdate.class, "displayName"),
                            of(ACCOUNTS + "CreateAccountRequest", "displayName"),
                            of(ACCOUNTS + "UpdateAccountRequest", "displayName"))),
            Map.entry(
                    "account.email",
                    List.of(
                            of(NewAccount.class, "email"),
                            of(AccountUpdate.class, "email"),
                            of(ACCOUNTS + "CreateAccountRequest", "email"),
                            of(ACCOUNTS + "UpdateAccountRequest", "email"))),
            Map.entry(
                    "login_failure_window.typed_name",
                    List.of(new Checked("FailedSignInAudit: cut to 200, NUL replaced", 200, true))),
            Map.entry(
                    "sign_in.user_agent",
                    List.of(new Checked(
                            "SignIn: the User-Agent header cut to 300 (Tomcat refuses "
                                    + "control characters in headers)",
                            300,
                            true)))));

    private static final String ENUM = "an enum's name, written by the app";
    private static final String HASH = "a hash or key the app computes";
    private static final String CIPHER =
            "ciphertext of a bounded field (sized for the encryption of its longest value)";
    private static final String SYSTEM = "written by the app from its own values, never from input";

    static final Map<String, String> NOT_FROM_INPUT = new TreeMap<>(Map.ofEntries(
            Map.entry("access_review.scope_kind", ENUM),
            Map.entry("access_review.status", ENUM),
            Map.entry("access_review_decision.decision", ENUM),
            Map.entry("access_review_decision.task_status", ENUM),
            Map.entry(
                    "access_review_decision.task_note",
                    "the revoke task's evidence or skip reason, copied from the checked workflow task"),
            Map.entry("access_review_item.department", "copied from person.department at the snapshot"),
            Map.entry("access_review_item.granted_by", "an account's name, copied at the snapshot"),
            Map.entry("access_review_item.person_name", "copied from person.name at the snapshot"),
            Map.entry("access_review_item.person_status", ENUM),
            Map.entry("access_review_item.product_label", "a service and product name, copied at the snapshot"),
            Map.entry("access_review_item.suggestion", ENUM),
            Map.entry("access_review_scope.ref_kind", ENUM),
            Map.entry("account_preference.date_style", ENUM),
            Map.entry("calendar_feed_token.token_hash", HASH),
            Map.entry("grid_column_memory.grid", "a grid id from the fixed catalogue (KnownGrids)"),
            Map.entry("grid_view.grid", "a grid id from the fixed catalogue (KnownGrids)"),
            Map.entry("grid_view.owner_name", "the signed-in account's username"),
            Map.entry("grid_view.shared_role", ENUM),
            Map.entry("grid_view.slug", "made by the app from the checked view name"),
            Map.entry("workflow_task.reference", SYSTEM),
            Map.entry("account.password_hash", HASH),
            Map.entry("account_role.role", ENUM),
            Map.entry("account_totp.secret_encrypted", CIPHER),
            Map.entry("account_recovery_code.code_hash", HASH),
            Map.entry("mfa_role_policy.role", ENUM),
            Map.entry(
                    "account_link.provider_id", "a configured provider's id (portalops.security.oidc.providers.<id>)"),
            Map.entry(
                    "account_link.issuer",
                    "the configured provider's issuer, from a verified ID token (SsoSignIn.MAX_ISSUER)"),
            Map.entry(
                    "account_link.subject",
                    "a verified ID token's sub, at most 255 characters (SsoSignIn.MAX_SUBJECT refuses more)"),
            Map.entry("refresh_token.token_hash", HASH),
            Map.entry("customer.kind", ENUM),
            Map.entry("customer.segment", ENUM),
            Map.entry("customer.status", ENUM),
            Map.entry("customer.national_id_enc", CIPHER),
            Map.entry("customer.email_enc", CIPHER),
            Map.entry("customer.national_id_bidx", HASH),
            Map.entry("customer.email_bidx", HASH),
            Map.entry("contract.number", "generated by the app (CON-yyyy-nnnnnn)"),
            Map.entry("contract.status", ENUM),
            Map.entry("contract.type", ENUM),
            Map.entry("contract_approval.decision", ENUM),
            Map.entry("contract_flag.severity", ENUM),
            Map.entry("contract_attachment.stored_name", "a random name the app gives the stored file"),
            Map.entry("contract_attachment.content_type", "detected from the file's bytes, from a fixed list"),
            Map.entry("contract_attachment.sha256", HASH),
            Map.entry("idempotency_key.request_hash", HASH),
            Map.entry("bulk_request_key.request_hash", HASH),
            Map.entry("bulk_request_key.response_body", "the app's own JSON answer of a bulk run"),
            Map.entry(
                    "idempotency_key.response_body",
                    "the app's own JSON answer (text: its size is that of a contract's details)"),
            Map.entry("event_type.severity", ENUM),
            Map.entry(
                    "event_dead_letter.source", "the refused item's source, cut to the column (EventIngestion.stored)"),
            Map.entry(
                    "event_dead_letter.event_id",
                    "the refused item's eventId, cut to the column (EventIngestion.stored)"),
            Map.entry("event_dead_letter.type", "the refused item's type, cut to the column (EventIngestion.stored)"),
            Map.entry("event_dead_letter.reason", "the app's reasons, cut to the column"),
            Map.entry(
                    "event_dead_letter.origin",
                    "written by the app: 'kafka:<topic>-<partition>@<offset>' of a configured topic (Kafka topic "
                            + "names are at most 249 characters; ADR 048)"),
            Map.entry(
                    "event_dead_letter.body",
                    "the refused item as sent (text): cut to the event size limit "
                            + "(portalops.ingest, body_truncated), characters PostgreSQL refuses replaced by U+FFFD"),
            Map.entry("shedlock.name", SYSTEM),
            Map.entry("shedlock.locked_by", SYSTEM),
            Map.entry("api_client.key_prefix", HASH),
            Map.entry("api_client.key_hash", HASH),
            Map.entry("api_client.scopes", "chosen from a fixed list of scopes"),
            Map.entry("saas_service.status", ENUM),
            Map.entry("product.licence_model", ENUM),
            Map.entry("product.billing_cycle", ENUM),
            Map.entry("person.status", ENUM),
            Map.entry("access_grant.status", ENUM),
            Map.entry("person_import.username", "the signed-in account's username"),
            Map.entry("person_import.mode", ENUM),
            Map.entry(
                    "product_use.source",
                    "a stored event's source (EventSubmission.source, 100) or 'sign-in import', cut to the column"),
            Map.entry("workflow_task.saving_currency", "the product's cost currency, written by the app"),
            Map.entry("person_import.outcome", ENUM),
            Map.entry("billing_record.billing_cycle", ENUM),
            Map.entry("billing_record.notice_unit", ENUM),
            Map.entry("billing_record.payment_method", ENUM),
            Map.entry("billing_record.card_brand", ENUM),
            Map.entry("billing_record.card_holder_enc", CIPHER),
            Map.entry("billing_record.card_expiry_enc", CIPHER),
            Map.entry("payment_invoice.stored_name", "a random name the app gives the stored file"),
            Map.entry("payment_invoice.content_type", "detected from the file's bytes, from a fixed list"),
            Map.entry("payment_invoice.sha256", HASH),
            Map.entry("workflow_run.person_name", "copied from person.name (the same length)"),
            Map.entry("workflow_run.kind", ENUM),
            Map.entry("workflow_run.status", ENUM),
            Map.entry("workflow_task.kind", ENUM),
            Map.entry("workflow_task.status", ENUM),
            Map.entry("notification.cause", ENUM),
            Map.entry("notification.title", "composed by the app; NotificationRequest refuses over 200"),
            Map.entry("notification.body", "composed by the app; NotificationRequest refuses over 4000"),
            Map.entry("notification.link", SYSTEM),
            Map.entry("notification.dedup_key", SYSTEM),
            Map.entry("notification.delivery", ENUM),
            Map.entry("notification_preference.cause", ENUM),
            Map.entry("notification_preference.delivery", ENUM),
            Map.entry("mail_outbox.dedup_key", SYSTEM),
            Map.entry("mail_outbox.to_address", "an account's email, bounded where it is entered"),
            Map.entry("mail_outbox.subject", "composed by the app from its templates"),
            Map.entry("mail_outbox.text_body", "rendered by the app from its templates (text)"),
            Map.entry("mail_outbox.html_body", "rendered by the app from its templates (text)"),
            Map.entry("mail_outbox.status", ENUM),
            Map.entry("mail_outbox.last_error", "the mail server's error, cut to the column"),
            Map.entry("mail_outbox.trace_parent", SYSTEM),
            Map.entry("job_run.job_name", SYSTEM),
            Map.entry("job_run.trigger_kind", ENUM),
            Map.entry("job_run.requested_by_name", "the signed-in account's name"),
            Map.entry("job_run.node", SYSTEM),
            Map.entry("job_run.outcome", ENUM),
            Map.entry("job_run.summary", "the job's own summary, cut to the column"),
            Map.entry("job_run.error", "the job's error, cut to the column"),
            Map.entry("audit_revision.username", "the signed-in account's username"),
            Map.entry("pii_reveal.username", "the signed-in account's username"),
            Map.entry("pii_reveal.target_type", SYSTEM),
            Map.entry("pii_reveal.target_id", "a row id"),
            Map.entry("pii_reveal.field", ENUM),
            Map.entry("audit_log.actor_type", ENUM),
            Map.entry("audit_log.actor_name", "an account's or API client's name"),
            Map.entry("audit_log.action", SYSTEM),
            Map.entry("audit_log.target_type", SYSTEM),
            Map.entry("audit_log.target_id", "a row id or a name the app checked"),
            Map.entry("audit_log.client_ip", "the client's address"),
            Map.entry("audit_log.hash", HASH),
            Map.entry("audit_log.prev_hash", HASH),
            Map.entry("export_record.grid", "one of the known grid names"),
            Map.entry("export_record.format", ENUM),
            Map.entry("export_record.account_name", "the signed-in account's name"),
            Map.entry("export_record.status", ENUM),
            Map.entry("export_record.sha256", HASH),
            Map.entry("export_record.signature", HASH),
            Map.entry("export_record.file_name", "generated by the app"),
            Map.entry("export_record.error", "the app's error, cut to the column"),
            Map.entry("dashboard_refresh.name", SYSTEM),
            Map.entry("sign_in.kind", ENUM),
            Map.entry("sign_in.client_address", "the client's address"),
            Map.entry("sign_in.ended_reason", ENUM),
            Map.entry("login_address_throttle.address", "the client's address"),
            Map.entry("login_failure_window.subject", SYSTEM),
            Map.entry("login_failure_window.address", "the client's address"),
            Map.entry("event_publication.listener_id", "Spring Modulith's registry"),
            Map.entry("event_publication.event_type", "Spring Modulith's registry"),
            Map.entry("event_publication.serialized_event", "Spring Modulith's registry"),
            Map.entry("event_publication.status", "Spring Modulith's registry")));
}
