package io.litstream.broker;

/**
 * A start-up given up because a stop was requested while it was still going on (SIGTERM a few
 * seconds after start): whatever had started was stopped again before this was thrown.
 */
public final class StartCancelledException extends RuntimeException {
    public StartCancelledException(String what) {
        super("stop requested while " + what + " was starting");
    }
}
