package io.portalops.payment;

import io.portalops.shared.files.UploadedFiles;
import org.springframework.stereotype.Component;

/** Where a billing record's invoice files live in the upload directory, and their removal with the record. */
@Component
class InvoiceFiles {

    private final InvoiceRepository invoices;
    private final UploadedFiles files;

    InvoiceFiles(InvoiceRepository invoices, UploadedFiles files) {
        this.invoices = invoices;
        this.files = files;
    }

    static String folder(long billingRecordId) {
        return "payments/" + billingRecordId;
    }

    /** Deletes the rows now and the files once the transaction commits. */
    void deleteAllOf(BillingRecord record) {
        for (Invoice invoice : invoices.findByBillingRecordIdOrderByInvoiceDateDescIdDesc(record.getId())) {
            invoices.delete(invoice);
            files.delete(folder(record.getId()), invoice.getFile().storedName());
        }
        invoices.flush();
    }
}
