package io.litstream.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit and stops reading there: past the limit it cancels the
 * subscription (which closes the connection) instead of downloading the rest. A declared
 * {@code Content-Length} over the limit is refused before the first byte.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<LimitedBodySubscriber.Body> {
    /** The bytes received, and whether the body was cut off at the limit. */
    record Body(byte[] bytes, boolean truncated) {
    }

    private final long limit;
    private final long declaredLength;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBodySubscriber(long limit, long declaredLength) {
        this.limit = limit;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > limit) {
            result.complete(new Body(new byte[0], true));
            s.cancel();
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            if (out.size() + (long) n > limit) {
                int room = (int) (limit - out.size());
                byte[] part = new byte[room];
                buffer.get(part);
                out.write(part, 0, room);
                result.complete(new Body(out.toByteArray(), true));
                subscription.cancel();
                return;
            }
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            out.write(chunk, 0, n);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    /** Gives up on the body (read timeout): stops the transfer. */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
