package io.portalops.shared.storage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The contract against a real S3 protocol server in this JVM ({@link S3TestServer}). */
class S3FileStoreTest extends FileStoreContract {

    static S3TestServer server;
    String prefix;

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3TestServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void freshPrefix() {
        prefix = "t-" + unique() + "/inner/";
    }

    @Override
    FileStore store() {
        return server.area(prefix);
    }

    @Override
    boolean outsideHas(String name) {
        String outer = prefix.substring(0, prefix.indexOf('/') + 1);
        var s3 = server.client();
        return s3.listObjectsV2(b -> b.bucket(S3TestServer.BUCKET).prefix(outer)).contents().stream()
                        .anyMatch(o -> o.key().contains(name))
                || s3.listObjectsV2(b -> b.bucket(S3TestServer.BUCKET).prefix(name))
                        .hasContents();
    }
}
