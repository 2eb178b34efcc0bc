package com.decipheru.careers.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real nginx serving an export on a free loopback port, configured as the README tells operators: a server
 * block whose root is the export and which includes its nginx-site.conf. Skips the test when nginx is missing.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx serve(Path root, Path work) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BINARY), "nginx is not installed: skipping the nginx check of the export (.ci/run installs it)");
        int port = freePort();
        Path conf = work.resolve("nginx-" + port + ".conf");
        Files.writeString(conf, """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx-%2$d.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 64; }
                http {
                  include /etc/nginx/mime.types;
                  access_log off;
                  client_body_temp_path %1$s/tmp-body;
                  proxy_temp_path %1$s/tmp-proxy;
                  fastcgi_temp_path %1$s/tmp-fastcgi;
                  uwsgi_temp_path %1$s/tmp-uwsgi;
                  scgi_temp_path %1$s/tmp-scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                    include %3$s/nginx-site.conf;
                  }
                }
                """.formatted(work, port, root));
        Process process = new ProcessBuilder(BINARY.toString(), "-c", conf.toString(), "-p", work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, port);
        nginx.awaitPort(work);
        return nginx;
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitPort(Path work) throws InterruptedException, IOException {
        for (int i = 0; i < 100 && process.isAlive(); i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new AssertionError("nginx did not start on port " + port + ": " + Files.readString(work.resolve("nginx.out"))
                + Files.readString(work.resolve("nginx-error.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
