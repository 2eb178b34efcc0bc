package com.decipheru.careers.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code site.base-url} is not set, the site publishes {@code http://localhost:<port>} with the port it
 * listens on, so canonical links, the sitemap, the feed and JSON-LD work on a developer's machine whatever
 * the port. The address must be known before the first snapshot is derived, which happens before the
 * server binds: for {@code server.port=0} a free port is therefore chosen here and the server told to use it.
 */
public class LocalBaseUrl implements EnvironmentPostProcessor {

    static final String SOURCE = "siteBaseUrlFromServerPort";
    static final String CHOSEN_PORT = "serverPortChosenForSiteBaseUrl";
    private static final int DEFAULT_PORT = 8080;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("site.base-url")) {
            return;
        }
        int port = environment.getProperty("server.port", Integer.class, DEFAULT_PORT);
        if (port == 0) {
            port = freePort(environment.getProperty("server.address"));
            environment.getPropertySources().addFirst(new MapPropertySource(CHOSEN_PORT, Map.of("server.port", port)));
        }
        // Last, as a default: a property source added later in startup (a test's, say) still wins.
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("site.base-url", "http://localhost:" + port)));
    }

    /** True when the base URL in use is the one derived from the port, not a configured one. */
    static boolean isDerived(ConfigurableEnvironment environment, String baseUrl) {
        var derived = environment.getPropertySources().get(SOURCE);
        return derived != null && baseUrl.equals(derived.getProperty("site.base-url"));
    }

    private static int freePort(String address) {
        try (ServerSocket socket = address == null ? new ServerSocket(0) : new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port for server.port=0", e);
        }
    }
}
