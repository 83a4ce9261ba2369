package io.portalops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A backup or restore with the S3 store says, before it starts, that the bucket is not part of it (ADR 049). */
class BackupBucketNoteTest {

    @Test
    void with_the_s3_store_the_command_names_the_bucket_it_does_not_cover() {
        MockEnvironment s3 = new MockEnvironment()
                .withProperty("portalops.storage.type", "s3")
                .withProperty("portalops.storage.s3.bucket", "portalops-files");

        assertThat(BackupCommand.bucketNote(s3, "backup"))
                .hasValueSatisfying(note -> assertThat(note)
                        .contains("S3 bucket 'portalops-files'")
                        .contains("This backup covers the database and the audit anchors, not the bucket"));
        assertThat(BackupCommand.bucketNote(s3, "restore"))
                .hasValueSatisfying(note -> assertThat(note).contains("This restore covers"));
    }

    @Test
    void with_the_directory_store_there_is_nothing_to_say() {
        assertThat(BackupCommand.bucketNote(new MockEnvironment(), "backup")).isEmpty();
        assertThat(BackupCommand.bucketNote(
                        new MockEnvironment().withProperty("portalops.storage.type", "directory"), "backup"))
                .isEmpty();
    }
}
