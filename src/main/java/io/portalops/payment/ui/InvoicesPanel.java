package io.portalops.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portalops.payment.BillingDetails;
import io.portalops.payment.InvoiceFile;
import io.portalops.payment.InvoiceForm;
import io.portalops.payment.InvoiceInfo;
import io.portalops.payment.PaymentInvoices;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.Violations;
import io.portalops.shared.files.UploadedFiles;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.FieldErrors;
import io.portalops.shared.ui.FormConstraints;
import io.portalops.shared.ui.LimitedUpload;
import io.portalops.shared.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A billing record's invoices: download for every reader; for those who may change the record, an upload with the
 * invoice's date, amount and number (the file's type is checked from its bytes on the server) and removal.
 */
class InvoicesPanel extends VerticalLayout {

    final Grid<InvoiceInfo> grid = new Grid<>(InvoiceInfo.class, false);
    final DatePicker invoiceDate = DateFields.apply(new DatePicker("Invoice date"));
    final BigDecimalField amount = new BigDecimalField("Amount");
    final ComboBox<String> currency = new ComboBox<>("Currency");
    final TextField number = new TextField("Invoice number");
    final Span pendingName = new Span("No file chosen yet");
    final Button add = new Button("Add invoice", VaadinIcon.PLUS.create());
    private final PaymentInvoices invoices;
    private final BillingDetails record;
    private final Runnable onChange;
    private java.nio.file.@Nullable Path pending;
    private @Nullable String pendingFileName;

    InvoicesPanel(
            PaymentInvoices invoices,
            UploadedFiles files,
            BillingDetails record,
            List<String> currencies,
            Runnable onChange) {
        this.invoices = invoices;
        this.record = record;
        this.onChange = onChange;
        setPadding(false);
        addClassName("invoices-panel");

        grid.addColumn(i -> DateFields.format(i.invoiceDate()))
                .setHeader("Date")
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(i -> i.number() == null ? "" : i.number())
                .setHeader("Number")
                .setAutoWidth(true);
        grid.addColumn(i -> i.amount().format())
                .setHeader("Amount")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(this::downloadLink).setHeader("File").setFlexGrow(2);
        grid.addColumn(i -> Math.max(1, i.sizeBytes() / 1024) + " KB")
                .setHeader("Size")
                .setAutoWidth(true);
        grid.addColumn(InvoiceInfo::uploadedByName).setHeader("Uploaded by").setAutoWidth(true);
        grid.addColumn(i -> i.sha256().substring(0, 12) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true)
                .setTooltipGenerator(InvoiceInfo::sha256);
        if (record.editable()) {
            grid.addComponentColumn(this::removeButton)
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText("No invoices yet.");
        grid.setAllRowsVisible(true);
        add(grid);
        if (record.editable()) {
            Paragraph hint = new Paragraph(
                    "Choose the file, check the date and amount, then add it. The server checks the file's "
                            + "content, not its name.");
            hint.addClassName("hint");
            add(hint, uploadForm(files, currencies));
        }
        refresh();
    }

    private FormLayout uploadForm(UploadedFiles files, List<String> currencies) {
        invoiceDate.setValue(LocalDate.now());
        BillingFormDialog.isoDates(invoiceDate);
        amount.setValue(record.amount().amount());
        currency.setItems(currencies);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(
                e -> currency.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        currency.setValue(record.amount().currency());
        Upload upload = new Upload();
        // the pending file lives until the invoice is added, another file replaces it, or the panel closes (detach)
        LimitedUpload.attach(
                upload,
                files.maxBytes(),
                received -> getUI().ifPresent(ui -> ui.access(() -> received(received.fileName(), received.file()))),
                refused -> getUI().ifPresent(ui -> ui.access(() -> Notifications.error(refused))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span("PDF or image, up to " + files.maxBytes() / (1024 * 1024) + " MB"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        add.addClickListener(click -> addInvoice());
        pendingName.addClassName("pending-file");
        FormConstraints.apply(number, InvoiceForm.class, "number");
        FormLayout form = new FormLayout(invoiceDate, amount, currency, number, upload, pendingName, add);
        form.setColspan(upload, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 4));
        form.addClassName("invoice-upload");
        return form;
    }

    /** A file arrived in a temporary file; it is stored only when the user adds the invoice. */
    void received(String fileName, Path file) {
        discardPending();
        pending = file;
        pendingFileName = fileName;
        pendingName.setText(fileName);
        add.setEnabled(true);
    }

    void addInvoice() {
        if (pending == null || pendingFileName == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(pending)) {
            InvoiceInfo saved = invoices.upload(
                    record.id(),
                    new InvoiceForm(invoiceDate.getValue(), amount.getValue(), currency.getValue(), number.getValue()),
                    pendingFileName,
                    in);
            Notifications.success(saved.fileName() + " added");
            discardPending();
            number.clear();
            refresh();
            onChange.run();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::showError);
        } catch (ConstraintViolationException e) {
            Violations.forEach(e, this::showError);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showError(String field, String message) {
        switch (field) {
            case "invoiceDate" -> FieldErrors.show(invoiceDate, message);
            case "amount" -> FieldErrors.show(amount, message);
            case "currency" -> FieldErrors.show(currency, message);
            case "number" -> FieldErrors.show(number, message);
            default -> Notifications.error(message);
        }
    }

    private void discardPending() {
        if (pending != null) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp directory
            }
        }
        pending = null;
        pendingFileName = null;
        pendingName.setText("No file chosen yet");
        add.setEnabled(false);
    }

    void refresh() {
        grid.setItems(invoices.list(record.id()));
    }

    private Anchor downloadLink(InvoiceInfo info) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    InvoiceFile file = invoices.open(record.id(), info.id());
                    return new DownloadResponse(
                            file.content().open(),
                            file.info().fileName(),
                            file.info().contentType(),
                            file.info().sizeBytes());
                }),
                info.fileName());
        link.setDownload(true);
        return link;
    }

    private Button removeButton(InvoiceInfo info) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Remove invoice?",
                    "Remove " + info.fileName() + "? The removal is recorded " + "in the history.",
                    "Remove",
                    confirmed -> {
                        invoices.delete(record.id(), info.id());
                        Notifications.success(info.fileName() + " removed");
                        refresh();
                        onChange.run();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + info.fileName());
        remove.setTooltipText("Remove this invoice");
        return remove;
    }
}
