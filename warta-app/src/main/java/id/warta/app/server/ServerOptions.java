package id.warta.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where and how the server listens.
 *
 * @param host  address to bind; loopback by default
 * @param port  port, 0 for any free one
 * @param token the token writing requests must carry ({@code Authorization: Bearer ...}),
 *              or null for none (allowed only on loopback)
 */
public record ServerOptions(String host, int port, String token) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Largest request body: an article of a megabyte of text, with room for its JSON. */
    public static final long MAX_REQUEST_BYTES = 2L << 20;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        if (token != null && token.isBlank()) token = null;
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding to " + host + " needs a token for writing requests");
        }
    }

    /** Options for a host, with a random token when the host is reachable from other machines. */
    public static ServerOptions forHost(String host, int port, String token) {
        if (token == null && !isLoopback(host)) token = newToken();
        return new ServerOptions(host, port, token);
    }

    public static ServerOptions local(int port) {
        return new ServerOptions(LOCALHOST, port, null);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
