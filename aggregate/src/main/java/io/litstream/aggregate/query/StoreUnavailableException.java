package io.litstream.aggregate.query;

/** The summaries cannot be read right now (a rebalance or restore is under way); retry later. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
