package io.portalops.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ContractAttachmentsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = HexFormat.of()
            .parseHex(
                    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1e3f1d40000000049454e44ae426082");
    static final byte[] ELF =
            HexFormat.of().parseHex("7f454c4602010100000000000000000002003e00010000000000000000000000");
    static final byte[] WINDOWS_EXE = ("MZ" + "\0".repeat(58) + "\u0080\0\0\0" + "\0".repeat(64) + "PE\0\0")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ContractService contracts;

    @Autowired
    ContractAttachments attachments;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long managersContract() {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = 'manager'",
                Long.class);
        return users.as(
                        "manager",
                        () -> contracts.create(new ContractForm(
                                customer,
                                "With files",
                                ContractType.LICENSE,
                                new BigDecimal("10"),
                                "EUR",
                                LocalDate.now(),
                                LocalDate.now().plusYears(1),
                                false,
                                30,
                                null)))
                .id();
    }

    static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    int rows() {
        return jdbc.queryForObject("select count(*) from contract_attachment", Integer.class);
    }

    @Test
    void a_pdf_and_an_image_are_stored_with_their_sha256_and_sanitised_names() throws Exception {
        long id = managersContract();
        AttachmentInfo pdf =
                users.as("manager", () -> attachments.upload(id, "../../etc/Signed <final>\u0007.pdf", bytes(PDF)));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.name()).isEqualTo("Signed final.pdf");
        assertThat(pdf.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        AttachmentInfo png = users.as("analyst", () -> attachments.upload(id, "scan.png", bytes(PNG)));
        assertThat(png.contentType()).isEqualTo("image/png");

        AttachmentFile file = users.as("manager", () -> attachments.open(id, pdf.id()));
        assertThat(file.content().open().readAllBytes()).isEqualTo(PDF);
        assertThat(users.as("analyst", () -> attachments.list(id)))
                .extracting(AttachmentInfo::name)
                .containsExactly("Signed final.pdf", "scan.png");
    }

    @Test
    void an_executable_named_pdf_is_refused_by_its_bytes_and_nothing_is_stored() {
        long id = managersContract();
        int before = rows();
        for (byte[] executable : new byte[][] {ELF, WINDOWS_EXE}) {
            assertThatThrownBy(
                            () -> users.as("manager", () -> attachments.upload(id, "invoice.pdf", bytes(executable))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("whatever its name says");
        }
        assertThatThrownBy(() -> users.as("manager", () -> attachments.upload(id, "empty.pdf", bytes(new byte[0]))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_file_over_the_size_limit_is_refused() {
        long id = managersContract();
        byte[] big = new byte[(int) attachments.maxBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        int before = rows();
        assertThatThrownBy(() -> users.as("manager", () -> attachments.upload(id, "big.pdf", bytes(big))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void attachments_are_authorised_like_their_contract() {
        long id = managersContract();
        AttachmentInfo pdf = users.as("manager", () -> attachments.upload(id, "a.pdf", bytes(PDF)));
        assertThatThrownBy(() -> users.as("manager2", () -> attachments.open(id, pdf.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("manager2", () -> attachments.list(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("manager2", () -> attachments.upload(id, "b.pdf", bytes(PDF))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as("approver", () -> attachments.open(id, pdf.id())))
                .isInstanceOf(NotFoundException.class);
    }
}
