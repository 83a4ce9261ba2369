package io.portalops.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server side of every upload's size limit: streamed, counted, stopped, and nothing left behind. */
class LimitedUploadTest {

    static final long LIMIT = 256 * 1024;

    final List<LimitedUpload.Received> received = new ArrayList<>();
    final List<String> refused = new ArrayList<>();
    final LimitedUpload handler = LimitedUpload.attach(new Upload(), LIMIT, received::add, refused::add);

    /** An endless stream that counts what was taken from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    @Test
    void a_body_past_the_limit_is_read_no_further_than_one_buffer_and_keeps_no_file() {
        Endless body = new Endless();
        // the browser claims nothing (-1), as a hand-made request may
        assertThatThrownBy(() -> handler.receive("big.pdf", -1, body))
                .isInstanceOf(LimitedUpload.TooLargeException.class)
                .hasMessageContaining("larger than the limit of 256 KB");
        assertThat(body.read).isBetween(LIMIT + 1, LIMIT + 64 * 1024);
        assertThat(handler.held()).isNull();
    }

    @Test
    void a_declared_size_over_the_limit_is_refused_before_a_byte_is_read() {
        Endless body = new Endless();
        assertThatThrownBy(() -> handler.receive("big.pdf", LIMIT + 1, body))
                .isInstanceOf(LimitedUpload.TooLargeException.class);
        assertThat(body.read).isZero();
    }

    @Test
    void exactly_the_limit_is_accepted_into_a_temp_file_which_a_newer_upload_or_discard_deletes() throws Exception {
        LimitedUpload.Received first = handler.receive("a.pdf", LIMIT, new ByteArrayInputStream(new byte[(int) LIMIT]));
        assertThat(first.size()).isEqualTo(LIMIT);
        assertThat(first.file()).exists().hasSize(LIMIT);
        LimitedUpload.Received second = handler.receive("b.pdf", 3, new ByteArrayInputStream(new byte[3]));
        assertThat(first.file()).as("replaced").doesNotExist();
        assertThat(handler.held()).isEqualTo(second.file());

        handler.discard();

        assertThat(second.file()).doesNotExist();
        assertThat(handler.held()).isNull();
    }

    @Test
    void the_browser_is_told_the_same_limit_and_vaadin_parses_no_more_than_it() {
        Upload upload = new Upload();
        LimitedUpload attached = LimitedUpload.attach(upload, LIMIT, r -> {}, m -> {});
        assertThat(upload.getMaxFileSize()).isEqualTo((int) LIMIT);
        assertThat(attached.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(attached.getRequestSizeMax()).isLessThanOrEqualTo(LIMIT + 64 * 1024);
        Path unused = handler.held();
        assertThat(unused).isNull();
    }
}
