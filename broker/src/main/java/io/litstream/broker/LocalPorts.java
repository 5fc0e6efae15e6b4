package io.litstream.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for brokers: a saved one again when it is still free, else any free one. */
final class LocalPorts {
    private LocalPorts() {
    }

    static int reusable(String saved) {
        if (saved != null) {
            int port = Integer.parseInt(saved);
            if (isFree(port)) {
                return port;
            }
        }
        return free();
    }

    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}
