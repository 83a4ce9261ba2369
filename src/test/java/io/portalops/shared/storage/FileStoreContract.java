package io.portalops.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link FileStore} does, run against each implementation by a subclass. */
abstract class FileStoreContract {

    @TempDir
    Path local;

    /** A store for this test; subclasses make each test's store fresh (a new directory, a new prefix). */
    abstract FileStore store();

    /** A place next to the store that no key may reach; the directory store's parent, a sibling prefix in S3. */
    abstract boolean outsideHas(String name);

    @Test
    void a_put_file_is_read_back_byte_for_byte() throws IOException {
        FileStore store = store();
        byte[] bytes = "hello, storage".getBytes(StandardCharsets.UTF_8);
        store.put("a/b/hello.txt", new ByteArrayInputStream(bytes), bytes.length);

        assertThat(store.exists("a/b/hello.txt")).isTrue();
        try (InputStream in = store.open("a/b/hello.txt")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.list()).containsExactly(new FileStore.StoredObject("a/b/hello.txt", bytes.length));
    }

    @Test
    void a_large_file_streams_in_and_out_without_being_held_in_memory() throws Exception {
        FileStore store = store();
        Path big = local.resolve("big.bin");
        long size = 6L * 1024 * 1024 + 17; // beyond any single buffer, odd-sized
        byte[] chunk = new byte[64 * 1024];
        new Random(7).nextBytes(chunk);
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (var out = Files.newOutputStream(big)) {
            for (long left = size; left > 0; left -= chunk.length) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                written.update(chunk, 0, n);
            }
        }
        try (InputStream in = Files.newInputStream(big)) {
            store.put("exports/1.csv", in, size);
        }
        store.putFile("exports/2.csv", big);
        String expected = HexFormat.of().formatHex(written.digest());

        assertThat(big).as("putFile takes the local file over").doesNotExist();
        for (String key : List.of("exports/1.csv", "exports/2.csv")) {
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            long count;
            try (InputStream in = new DigestInputStream(store.open(key), read)) {
                count = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            assertThat(count).isEqualTo(size);
            assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(expected);
        }
    }

    @Test
    void a_second_put_replaces_the_first() throws IOException {
        FileStore store = store();
        store.put("k", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        store.put("k", new ByteArrayInputStream(new byte[] {9}), 1);

        try (InputStream in = store.open("k")) {
            assertThat(in.readAllBytes()).containsExactly(9);
        }
        assertThat(store.list()).containsExactly(new FileStore.StoredObject("k", 1));
    }

    @Test
    void a_deleted_file_is_gone_and_deleting_twice_is_harmless() {
        FileStore store = store();
        store.put("x/y", new ByteArrayInputStream(new byte[] {1}), 1);
        store.delete("x/y");
        store.delete("x/y");

        assertThat(store.exists("x/y")).isFalse();
        assertThatThrownBy(() -> store.open("x/y")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_missing_key_is_not_found_rather_than_an_error() {
        FileStore store = store();
        assertThat(store.exists("never/stored")).isFalse();
        assertThatThrownBy(() -> store.open("never/stored")).isInstanceOf(NotFoundException.class);
        assertThat(store.list()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../escaped",
                "a/../../escaped",
                "..",
                "/etc/passwd",
                "a//b",
                "a/",
                "",
                ".hidden",
                "a\\..\\escaped",
                "nul\u0000byte",
                "line\nbreak",
                "space name",
                "%2e%2e/escaped",
                "ü"
            })
    void a_key_that_could_leave_the_store_or_is_strange_is_refused_and_nothing_is_written(String key) {
        FileStore store = store();
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[] {1}), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outsideHas("escaped")).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void a_long_key_is_refused() {
        String key = "k".repeat(StorageKeys.MAX_LENGTH + 1);
        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(new byte[] {1}), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String unique() {
        return UUID.randomUUID().toString();
    }
}
