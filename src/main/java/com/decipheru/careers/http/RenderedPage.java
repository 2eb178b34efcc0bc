package com.decipheru.careers.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A response as rendered once: its bytes plain and gzipped (text of 256 bytes or more), its strong ETags,
 * its Last-Modified, and the headers the renderer set, to replay on every later request.
 */
record RenderedPage(int status, String contentType, byte[] identity, byte[] gzip, String etag, long lastModified,
        Map<String, List<String>> headers) {

    static final int GZIP_MIN_BYTES = 256;

    static RenderedPage of(int status, String contentType, byte[] body, long lastModified, Map<String, List<String>> headers) {
        return new RenderedPage(status, contentType, body, body.length >= GZIP_MIN_BYTES ? gzip(body) : null,
                "\"" + digest(body) + "\"", lastModified, Map.copyOf(headers));
    }

    byte[] body(boolean gzipped) {
        return gzipped ? gzip : identity;
    }

    /** The gzipped bytes differ from the plain ones, so they carry an ETag of their own. */
    String etag(boolean gzipped) {
        return gzipped ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
    }

    /** Roughly the heap this entry takes, for the byte-bounded cache. */
    int weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 512;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory", e);
        }
        return out.toByteArray();
    }
}
