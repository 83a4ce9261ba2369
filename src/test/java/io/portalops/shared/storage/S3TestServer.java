package io.portalops.shared.storage;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3 server in the test JVM: S3Proxy over its in-memory blob store, with one bucket, reached by the client the app
 * builds ({@link FileStorage#client}), path-style with static credentials, as for MinIO.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String BUCKET = "portalops-test";
    private final S3Proxy server;
    private final S3Client client;

    public S3TestServer() throws Exception {
        server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
                .build();
        server.start();
        await("S3Proxy started")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> "STARTED".equals(server.getState()));
        client = FileStorage.client(settings());
        client.createBucket(b -> b.bucket(BUCKET));
    }

    public StorageProperties.S3 settings() {
        return new StorageProperties.S3(
                URI.create("http://127.0.0.1:" + server.getPort()),
                "us-east-1",
                BUCKET,
                "test-access",
                "test-secret",
                true);
    }

    public S3Client client() {
        return client;
    }

    public S3FileStore area(String prefix) {
        return new S3FileStore(client, BUCKET, prefix);
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.stop();
    }
}
